package com.nuoer.customer.entitlement.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.DeptItemCommands.BatchAuditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.AuditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.CheckItemDeptItemListRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.OpenedDeptListRequest;
import com.nuoer.customer.entitlement.DeptItemFilter;
import com.nuoer.customer.entitlement.DeptItemQueries;
import com.nuoer.customer.entitlement.DeptItemService;
import com.nuoer.customer.entitlement.DeptItemView;
import com.nuoer.customer.entitlement.OpenedDeptQueries;
import com.nuoer.customer.entitlement.OpenedDeptView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/checkItem/{deptItem/**, queryOpenedDeptList}: product management's view of entitlements and the audit. */
@RestController
@RequestMapping("/mt/crm/checkItem")
@RequiresMenu(MenuCodes.CRM_CHECK_ITEM)
public class CrmCheckItemDeptItemController {

    private final DeptItemService service;
    private final DeptItemQueries queries;
    private final OpenedDeptQueries opened;

    public CrmCheckItemDeptItemController(DeptItemService service, DeptItemQueries queries, OpenedDeptQueries opened) {
        this.service = service;
        this.queries = queries;
        this.opened = opened;
    }

    /** 3.10.9 查询已开通产品的用户 (never with the dept password, §6-9) */
    @PostMapping("/queryOpenedDeptList")
    public ApiResponse<List<OpenedDeptView>> queryOpenedDeptList(@Valid @RequestBody OpenedDeptListRequest r) {
        return ApiResponse.ok(opened.openedDepts(r.checkItem().trim()));
    }

    /** 3.10.11 客户产品列表 */
    @PostMapping("/deptItem/list")
    public ApiResponse<PageResult<DeptItemView>> list(@Valid @RequestBody CheckItemDeptItemListRequest r) {
        return ApiResponse.ok(queries.list(new DeptItemFilter(null, r.deptIdList(), null, r.checkItemList(),
                r.stateList(), null, null, null, null, null, null, null, true, Boolean.TRUE.equals(r.querySpreader())),
                r.slice()));
    }

    /** 3.10.12 客户产品审核 (sourceList saved in the same transaction) */
    @PostMapping("/deptItem/audit")
    public ApiResponse<Void> audit(@Valid @RequestBody AuditRequest r) {
        service.audit(SessionContext.require(), r);
        return ApiResponse.ok();
    }

    /** 3.10.13 客户产品批量审核 */
    @PostMapping("/deptItem/batchAudit")
    public ApiResponse<Void> batchAudit(@Valid @RequestBody BatchAuditRequest r) {
        service.batchAudit(SessionContext.require(), r);
        return ApiResponse.ok();
    }
}
