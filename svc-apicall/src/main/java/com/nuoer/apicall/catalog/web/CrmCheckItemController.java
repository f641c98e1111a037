package com.nuoer.apicall.catalog.web;

import com.nuoer.apicall.catalog.CatalogQueries;
import com.nuoer.apicall.catalog.CatalogService;
import com.nuoer.apicall.catalog.CheckItem;
import com.nuoer.apicall.catalog.StateChangeService;
import com.nuoer.apicall.catalog.web.CheckItemDtos.AddRequest;
import com.nuoer.apicall.catalog.web.CheckItemDtos.ChangeStateRequest;
import com.nuoer.apicall.catalog.web.CheckItemDtos.CheckItemView;
import com.nuoer.apicall.catalog.web.CheckItemDtos.EditRequest;
import com.nuoer.apicall.catalog.web.CheckItemDtos.IdRequest;
import com.nuoer.apicall.catalog.web.CheckItemDtos.ListRequest;
import com.nuoer.apicall.catalog.web.CheckItemDtos.SubItemsRequest;
import com.nuoer.apicall.sync.PeerSync;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/checkItem/**: the product catalogue for operators (sync twins: {@code CatalogSyncController}). */
@RestController
@RequestMapping("/mt/crm/checkItem")
@RequiresMenu(MenuCodes.CRM_CHECK_ITEM)
public class CrmCheckItemController {

    private final CatalogService catalog;
    private final CatalogQueries queries;
    private final StateChangeService stateChanges;

    public CrmCheckItemController(CatalogService catalog, CatalogQueries queries, StateChangeService stateChanges) {
        this.catalog = catalog;
        this.queries = queries;
        this.stateChanges = stateChanges;
    }

    /** 3.10.1 产品列表 */
    @PostMapping("/list")
    public ApiResponse<PageResult<CheckItemView>> list(@Valid @RequestBody ListRequest request) {
        return ApiResponse.ok(queries.list(request.filter(), request.slice()).map(CheckItemView::of));
    }

    /** 3.10.2 新增产品: answers the product code. */
    @PostMapping("/add")
    public ApiResponse<String> add(@Valid @RequestBody AddRequest request) {
        CheckItem item = catalog.add(request.checkItem().trim(), request.spec(), SessionContext.require().userId());
        PeerSync.requested(request.syncOtherEnv(), "checkItem add", item.getCode());
        return ApiResponse.ok(item.getCode());
    }

    /** 3.10.3 删除产品 (soft; only off the shelf): answers the product code. */
    @PostMapping("/delete")
    public ApiResponse<String> delete(@Valid @RequestBody IdRequest request) {
        return ApiResponse.ok(catalog.delete(request.id()).getCode());
    }

    /** 3.10.5 编辑产品: answers the product as the list shows it. */
    @PostMapping("/edit")
    public ApiResponse<CheckItemView> edit(@Valid @RequestBody EditRequest request) {
        CheckItem item = catalog.edit(request.id(), request.itemCode(), request.spec());
        PeerSync.requested(request.syncOtherEnv(), "checkItem edit", item.getCode());
        return ApiResponse.ok(CheckItemView.of(queries.one(item.getCode())));
    }

    /** 3.10.7 保存默认子项 */
    @PostMapping("/saveDefaultSubItems")
    public ApiResponse<CheckItemView> saveDefaultSubItems(@Valid @RequestBody SubItemsRequest request) {
        CheckItem item = catalog.saveDefaultSubItems(request.checkItem().trim(), request.subItems());
        PeerSync.requested(request.syncOtherEnv(), "checkItem subItems", item.getCode());
        return ApiResponse.ok(CheckItemView.of(queries.one(item.getCode())));
    }

    /** 3.10.10 修改状态: without confirmed=true → 40910 with the preview as data. */
    @PostMapping("/changeState")
    public ApiResponse<StateChangeService.Outcome> changeState(@Valid @RequestBody ChangeStateRequest request) {
        return ApiResponse.ok(stateChanges.changeState(request.command(), SessionContext.require().userId()));
    }
}
