package com.nuoer.customer.entitlement.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.AdjustService;
import com.nuoer.customer.entitlement.AdjustView;
import com.nuoer.customer.entitlement.DeptItemCommands.AccreditFusionRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.AccreditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.AdjustListRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.AdjustRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.DealSubRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.DeptItemListRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.EditExtraRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.EditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.FusionDefaultsRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.SalesDeptItemListRequest;
import com.nuoer.customer.entitlement.DeptItemFilter;
import com.nuoer.customer.entitlement.DeptItemQueries;
import com.nuoer.customer.entitlement.DeptItemService;
import com.nuoer.customer.entitlement.DeptItemView;
import com.nuoer.customer.entitlement.DeptScope;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /mt/sales/bee/{deptItem/**, queryItemsForAccreditFusion}: a salesman works on his own customers' products only
 * (others answer like unknown ids); prices below his floor price wait for ops approval.
 */
@RestController
@RequestMapping("/mt/sales/bee")
public class SalesDeptItemController {

    private final DeptItemService service;
    private final AdjustService adjusts;
    private final DeptItemQueries queries;
    private final DeptItemListing listing;
    private final DeptScope scope;

    public SalesDeptItemController(DeptItemService service, AdjustService adjusts, DeptItemQueries queries,
                                   DeptItemListing listing, DeptScope scope) {
        this.service = service;
        this.adjusts = adjusts;
        this.queries = queries;
        this.listing = listing;
        this.scope = scope;
    }

    /** 4.1.3 授权产品列表 */
    @PostMapping("/deptItem/list")
    public ApiResponse<PageResult<DeptItemView>> list(@Valid @RequestBody SalesDeptItemListRequest r) {
        SessionInfo s = SessionContext.require();
        return ApiResponse.ok(queries.list(new DeptItemFilter(scope.visibleDeptIds(s), r.deptIdList(), r.keyword(),
                r.checkItemList(), r.stateList(), null, r.isFusion(), r.fusionDeptItemId(), r.idList(), null, null,
                null, !Boolean.FALSE.equals(r.queryAdjusting()), true), r.slice()));
    }

    /** 4.1.4 导出授权产品列表 */
    @PostMapping("/deptItem/export")
    public void export(@Valid @RequestBody DeptItemListRequest r, HttpServletResponse response) {
        List<DeptItemView> rows = queries.all(listing.filter(SessionContext.require(), r, false),
                DeptItemExport.ROW_CAP);
        DeptItemExport.stream(response, "授权产品列表", rows);
    }

    /** 4.1.5 新增授权产品 */
    @PostMapping("/deptItem/accredit")
    public ApiResponse<Void> accredit(@Valid @RequestBody AccreditRequest r) {
        if (r.deptId() == null && r.fusionDeptItemId() == null) {
            throw new com.nuoer.common.error.BizException(com.nuoer.common.error.ErrorCode.VALIDATION_FAILED,
                    "deptId: 开发账户id不能为空");
        }
        service.accredit(SessionContext.require(), r);
        return ApiResponse.ok();
    }

    /** 4.1.6 授权聚合产品默认子项查询 */
    @PostMapping("/queryItemsForAccreditFusion")
    public ApiResponse<List<DeptItemView>> queryItemsForAccreditFusion(@Valid @RequestBody FusionDefaultsRequest r) {
        return ApiResponse.ok(service.fusionDefaults(SessionContext.require(), r.checkItem().trim(), r.deptId(),
                queries));
    }

    /** 4.1.7 新增授权聚合产品 */
    @PostMapping("/deptItem/accreditFusion")
    public ApiResponse<Void> accreditFusion(@Valid @RequestBody AccreditFusionRequest r) {
        service.accreditFusion(SessionContext.require(), r);
        return ApiResponse.ok();
    }

    /** 4.1.8 编辑授权产品 */
    @PostMapping("/deptItem/edit")
    public ApiResponse<Void> edit(@Valid @RequestBody EditRequest r) {
        service.edit(SessionContext.require(), r);
        return ApiResponse.ok();
    }

    /** 4.1.9 编辑扩展信息 */
    @PostMapping("/deptItem/editExtra")
    public ApiResponse<Void> editExtra(@Valid @RequestBody EditExtraRequest r) {
        service.editExtra(SessionContext.require(), r.itemList());
        return ApiResponse.ok();
    }

    /** 4.1.10 编辑客户价格 */
    @PostMapping("/deptItem/adjust")
    public ApiResponse<Void> adjust(@Valid @RequestBody AdjustRequest r) {
        adjusts.adjust(SessionContext.require(), r.effectTime(), r.itemList());
        return ApiResponse.ok();
    }

    /** 4.1.11 查询调整记录 */
    @PostMapping("/deptItem/adjustList")
    public ApiResponse<PageResult<AdjustView>> adjustList(@Valid @RequestBody AdjustListRequest r) {
        SessionInfo s = SessionContext.require();
        return ApiResponse.ok(queries.adjusts(scope.visibleDeptIds(s), r.deptId(), r.deptItemIdList(), r.stateList(),
                r.slice()));
    }

    /** 4.1.14 操作聚合产品子项 */
    @PostMapping("/deptItem/dealSub")
    public ApiResponse<Void> dealSub(@Valid @RequestBody DealSubRequest r) {
        service.dealSub(SessionContext.require(), r.deptItemId(), r.checkItemList(), r.dealType());
        return ApiResponse.ok();
    }
}
