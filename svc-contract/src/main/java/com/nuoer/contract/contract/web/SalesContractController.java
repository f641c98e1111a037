package com.nuoer.contract.contract.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.contract.contract.ContractService;
import com.nuoer.contract.contract.web.ContractDtos.ContractListQuery;
import com.nuoer.contract.contract.web.ContractDtos.ContractNoRequest;
import com.nuoer.contract.contract.web.ContractDtos.ContractRow;
import com.nuoer.contract.contract.web.ContractDtos.DeptItemLine;
import com.nuoer.contract.contract.web.ContractDtos.DeptQuery;
import com.nuoer.contract.contract.web.ContractDtos.ManualUploadRequest;
import com.nuoer.contract.contract.web.ContractDtos.NeedSignQuery;
import com.nuoer.contract.contract.web.ContractDtos.NeedSignRow;
import com.nuoer.contract.contract.web.ContractDtos.PreDataView;
import com.nuoer.contract.contract.web.ContractDtos.PreSubmitRequest;
import com.nuoer.contract.contract.web.ContractDtos.PreSubmitView;
import com.nuoer.contract.contract.web.ContractDtos.SubmitRequest;
import com.nuoer.contract.contract.web.ContractDtos.SubmitView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 业务平台 · 客户合同管理 (seed 4.2.x): a salesman acts only on his own customers' accounts. */
@RestController
@RequestMapping("/mt/sales/contract")
public class SalesContractController {

    private final ContractService contracts;

    public SalesContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @PostMapping("/needSignContractList")
    public ApiResponse<PageResult<NeedSignRow>> needSignContractList(@Valid @RequestBody NeedSignQuery query) {
        return ApiResponse.ok(contracts.needSignContractList(query));
    }

    @PostMapping("/preData")
    public ApiResponse<PreDataView> preData(@Valid @RequestBody DeptQuery query) {
        return ApiResponse.ok(contracts.preData(query.deptId(), Boolean.TRUE.equals(query.forManualUpload())));
    }

    @PostMapping("/unsignedDeptItemList")
    public ApiResponse<List<DeptItemLine>> unsignedDeptItemList(@Valid @RequestBody DeptQuery query) {
        return ApiResponse.ok(contracts.unsignedDeptItems(query.deptId()));
    }

    @PostMapping("/preSubmit")
    public ApiResponse<PreSubmitView> preSubmit(@Valid @RequestBody PreSubmitRequest request) {
        return ApiResponse.ok(contracts.preSubmit(request));
    }

    @PostMapping("/submit")
    public ApiResponse<SubmitView> submit(@Valid @RequestBody SubmitRequest request) {
        return ApiResponse.ok(contracts.submit(request));
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<ContractRow>> list(@Valid @RequestBody ContractListQuery query) {
        return ApiResponse.ok(contracts.list(query));
    }

    @PostMapping("/resendSms")
    public ApiResponse<Void> resendSms(@Valid @RequestBody ContractNoRequest request) {
        contracts.resendSms(request.contractNo(), null);
        return ApiResponse.ok();
    }

    @PostMapping("/withdraw")
    public ApiResponse<Void> withdraw(@Valid @RequestBody ContractNoRequest request) {
        contracts.withdraw(request.contractNo());
        return ApiResponse.ok();
    }

    @PostMapping("/queryManualSeq")
    public ApiResponse<Integer> queryManualSeq(@Valid @RequestBody DeptQuery query) {
        return ApiResponse.ok(contracts.queryManualSeq(query.deptId(), !Boolean.FALSE.equals(query.forManualUpload())));
    }

    @PostMapping("/manualUpload")
    public ApiResponse<Void> manualUpload(@Valid @RequestBody ManualUploadRequest request) {
        contracts.manualUpload(request);
        return ApiResponse.ok();
    }
}
