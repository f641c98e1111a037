package com.nuoer.contract.contract.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.contract.contract.ContractService;
import com.nuoer.contract.contract.web.ContractDtos.BeebackContractListQuery;
import com.nuoer.contract.contract.web.ContractDtos.BeebackResendRequest;
import com.nuoer.contract.contract.web.ContractDtos.ContractRow;
import com.nuoer.contract.contract.web.ContractDtos.SignInfoView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 诺尔数据后台 · 合同 (seed 2.6.x): a customer sees and signs only its own account's contracts. */
@RestController
@Validated
@RequestMapping("/mt/beeback/deptContract")
public class BeebackDeptContractController {

    private final ContractService contracts;

    public BeebackDeptContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<ContractRow>> list(@Valid @RequestBody BeebackContractListQuery query) {
        return ApiResponse.ok(contracts.list(query.toQuery()));
    }

    @GetMapping("/getSignInfo/{contractNo}")
    public ApiResponse<SignInfoView> getSignInfo(@PathVariable @Size(max = 32) String contractNo) {
        return ApiResponse.ok(contracts.signInfo(contractNo));
    }

    @PostMapping("/resendSms")
    public ApiResponse<Void> resendSms(@Valid @RequestBody BeebackResendRequest request) {
        contracts.resendSms(request.contractNo(), request.mobile());
        return ApiResponse.ok();
    }
}
