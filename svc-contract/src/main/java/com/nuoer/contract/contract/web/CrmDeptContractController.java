package com.nuoer.contract.contract.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.contract.contract.ContractService;
import com.nuoer.contract.contract.web.ContractDtos.ContractListQuery;
import com.nuoer.contract.contract.web.ContractDtos.ContractNoRequest;
import com.nuoer.contract.contract.web.ContractDtos.ContractRow;
import com.nuoer.contract.contract.web.ContractDtos.DeptItemLine;
import com.nuoer.contract.contract.web.ContractDtos.DeptQuery;
import com.nuoer.contract.contract.web.ContractDtos.EditExpireTimeRequest;
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

/** 运营平台 · 客户合同管理 (seed 3.11.x), menu crm:contract. */
@RestController
@RequestMapping("/mt/crm/deptContract")
@RequiresMenu(MenuCodes.CRM_CONTRACT)
public class CrmDeptContractController {

    private final ContractService contracts;

    public CrmDeptContractController(ContractService contracts) {
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

    @PostMapping("/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody ContractNoRequest request) {
        contracts.delete(request.contractNo());
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

    @PostMapping("/renewal")
    public ApiResponse<Void> renewal(@Valid @RequestBody ContractNoRequest request) {
        contracts.renewal(request.contractNo());
        return ApiResponse.ok();
    }

    @PostMapping("/editExpireTime")
    public ApiResponse<Void> editExpireTime(@Valid @RequestBody EditExpireTimeRequest request) {
        contracts.editExpireTime(request.contractNo(), request.expireDate());
        return ApiResponse.ok();
    }
}
