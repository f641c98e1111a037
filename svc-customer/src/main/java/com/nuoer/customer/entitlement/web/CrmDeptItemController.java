package com.nuoer.customer.entitlement.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
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
import com.nuoer.customer.entitlement.DeptItemCommands.DeptItemIdsRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.DeptItemListRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.EditCacheFetchRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.EditExtraRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.EditFreeCountRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.EditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.FusionDefaultsRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.IdRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.SaveSourceConfigRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.SourceConfigListRequest;
import com.nuoer.customer.entitlement.DeptItemQueries;
import com.nuoer.customer.entitlement.DeptItemService;
import com.nuoer.customer.entitlement.DeptItemService.Toggle;
import com.nuoer.customer.entitlement.DeptItemView;
import com.nuoer.customer.entitlement.DeptScope;
import com.nuoer.customer.entitlement.SourceConfigView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/customer/{deptItem/**, queryItemsForAccreditFusion}: operators manage every customer's products. */
@RestController
@RequestMapping("/mt/crm/customer")
@RequiresMenu(MenuCodes.CRM_DEPT_ITEM)
public class CrmDeptItemController {

    private final DeptItemService service;
    private final AdjustService adjusts;
    private final DeptItemQueries queries;
    private final DeptItemListing listing;
    private final DeptScope scope;

    public CrmDeptItemController(DeptItemService service, AdjustService adjusts, DeptItemQueries queries,
                                 DeptItemListing listing, DeptScope scope) {
        this.service = service;
        this.adjusts = adjusts;
        this.queries = queries;
        this.listing = listing;
        this.scope = scope;
    }

    /** 3.7.25 授权产品列表 */
    @PostMapping("/deptItem/list")
    public ApiResponse<PageResult<DeptItemView>> list(@Valid @RequestBody DeptItemListRequest r) {
        return ApiResponse.ok(queries.list(listing.filter(SessionContext.require(), r, true), r.slice()));
    }

    /** 3.7.26 查询调整记录 */
    @PostMapping("/deptItem/adjustList")
    public ApiResponse<PageResult<AdjustView>> adjustList(@Valid @RequestBody AdjustListRequest r) {
        SessionInfo s = SessionContext.require();
        return ApiResponse.ok(queries.adjusts(scope.visibleDeptIds(s), r.deptId(), r.deptItemIdList(), r.stateList(),
                r.slice()));
    }

    /** 3.7.27 导出授权产品列表 (xlsx, the list's filters) */
    @PostMapping("/deptItem/export")
    public void export(@Valid @RequestBody DeptItemListRequest r, HttpServletResponse response) {
        List<DeptItemView> rows = queries.all(listing.filter(SessionContext.require(), r, false),
                DeptItemExport.ROW_CAP);
        DeptItemExport.stream(response, "授权产品列表", rows);
    }

    /** 3.7.28 新增授权产品 */
    @PostMapping("/deptItem/accredit")
    public ApiResponse<Void> accredit(@Valid @RequestBody AccreditRequest r) {
        service.accredit(SessionContext.require(), r);
        return ApiResponse.ok();
    }

    /** 3.7.29 授权聚合产品默认子项查询 */
    @PostMapping("/queryItemsForAccreditFusion")
    public ApiResponse<List<DeptItemView>> queryItemsForAccreditFusion(@Valid @RequestBody FusionDefaultsRequest r) {
        return ApiResponse.ok(service.fusionDefaults(SessionContext.require(), r.checkItem().trim(), r.deptId(),
                queries));
    }

    /** 3.7.30 新增授权聚合产品 */
    @PostMapping("/deptItem/accreditFusion")
    public ApiResponse<Void> accreditFusion(@Valid @RequestBody AccreditFusionRequest r) {
        service.accreditFusion(SessionContext.require(), r);
        return ApiResponse.ok();
    }

    /** 3.7.31 编辑授权产品 */
    @PostMapping("/deptItem/edit")
    public ApiResponse<Void> edit(@Valid @RequestBody EditRequest r) {
        service.edit(SessionContext.require(), r);
        return ApiResponse.ok();
    }

    /** 3.7.32 编辑取缓存天数 */
    @PostMapping("/deptItem/editCacheFetch")
    public ApiResponse<Void> editCacheFetch(@Valid @RequestBody EditCacheFetchRequest r) {
        service.editCacheFetch(SessionContext.require(), r.deptItemId(), r.cacheFetchDays());
        return ApiResponse.ok();
    }

    /** 3.7.34 编辑免费次数 */
    @PostMapping("/deptItem/editFreeCount")
    public ApiResponse<Void> editFreeCount(@Valid @RequestBody EditFreeCountRequest r) {
        service.editFreeCount(SessionContext.require(), r.itemList());
        return ApiResponse.ok();
    }

    /** 3.7.35 编辑扩展信息 */
    @PostMapping("/deptItem/editExtra")
    public ApiResponse<Void> editExtra(@Valid @RequestBody EditExtraRequest r) {
        service.editExtra(SessionContext.require(), r.itemList());
        return ApiResponse.ok();
    }

    /** 3.7.36 编辑客户价格 */
    @PostMapping("/deptItem/adjust")
    public ApiResponse<Void> adjust(@Valid @RequestBody AdjustRequest r) {
        adjusts.adjust(SessionContext.require(), r.effectTime(), r.itemList());
        return ApiResponse.ok();
    }

    /** 3.7.37 删除授权 */
    @PostMapping("/deptItem/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody DeptItemIdsRequest r) {
        service.toggle(SessionContext.require(), r.deptId(), r.deptItemIds(), Toggle.DELETE);
        return ApiResponse.ok();
    }

    /** 3.7.38 启用授权 */
    @PostMapping("/deptItem/enable")
    public ApiResponse<Void> enable(@Valid @RequestBody DeptItemIdsRequest r) {
        service.toggle(SessionContext.require(), r.deptId(), r.deptItemIds(), Toggle.ENABLE);
        return ApiResponse.ok();
    }

    /** 3.7.39 禁用授权 */
    @PostMapping("/deptItem/disable")
    public ApiResponse<Void> disable(@Valid @RequestBody DeptItemIdsRequest r) {
        service.toggle(SessionContext.require(), r.deptId(), r.deptItemIds(), Toggle.DISABLE);
        return ApiResponse.ok();
    }

    /** 3.7.40 操作聚合产品子项 */
    @PostMapping("/deptItem/dealSub")
    public ApiResponse<Void> dealSub(@Valid @RequestBody DealSubRequest r) {
        service.dealSub(SessionContext.require(), r.deptItemId(), r.checkItemList(), r.dealType());
        return ApiResponse.ok();
    }

    /** 3.7.41 指定数据源列表 */
    @PostMapping("/deptItem/sourceConfigList")
    public ApiResponse<List<SourceConfigView>> sourceConfigList(@Valid @RequestBody SourceConfigListRequest r) {
        return ApiResponse.ok(service.sourceConfigs(SessionContext.require(), r.deptId(), r.checkItem().trim()));
    }

    /** 3.7.42 保存指定数据源 */
    @PostMapping("/deptItem/saveSourceConfig")
    public ApiResponse<Void> saveSourceConfig(@Valid @RequestBody SaveSourceConfigRequest r) {
        service.saveSourceConfigs(SessionContext.require(), r.deptId(), r.checkItem().trim(), r.sourceList());
        return ApiResponse.ok();
    }

    /** 3.7.43 删除指定数据源 */
    @PostMapping("/deptItem/deleteSourceConfig")
    public ApiResponse<Void> deleteSourceConfig(@Valid @RequestBody IdRequest r) {
        service.deleteSourceConfig(SessionContext.require(), r.id());
        return ApiResponse.ok();
    }
}
