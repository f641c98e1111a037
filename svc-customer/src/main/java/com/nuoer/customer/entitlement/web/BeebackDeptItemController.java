package com.nuoer.customer.entitlement.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.DeptItemCommands.ApplyRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.DeptItemListRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.SearchItemsRequest;
import com.nuoer.customer.entitlement.DeptItemQueries;
import com.nuoer.customer.entitlement.DeptItemService;
import com.nuoer.customer.entitlement.DeptItemView;
import com.nuoer.customer.entitlement.DeptScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/beeback/deptItem/**: the customer's products — search the catalogue, apply online, its own list. */
@RestController
@RequestMapping("/mt/beeback/deptItem")
public class BeebackDeptItemController {

    private final DeptItemService service;
    private final DeptItemQueries queries;
    private final DeptItemListing listing;
    private final DeptScope scope;

    public BeebackDeptItemController(DeptItemService service, DeptItemQueries queries, DeptItemListing listing,
                                     DeptScope scope) {
        this.service = service;
        this.queries = queries;
        this.listing = listing;
        this.scope = scope;
    }

    /** 2.8.1 搜索产品: the catalogue, with the caller's own authorisation of each product. */
    @PostMapping("/searchItems")
    public ApiResponse<PageResult<DeptItemView>> searchItems(@Valid @RequestBody SearchItemsRequest r) {
        SessionInfo s = SessionContext.require();
        List<Long> own = scope.visibleDeptIds(s);
        Long deptId = own == null || own.isEmpty() ? null : own.get(0);
        boolean excludeHeld = r.excludeDeptId() != null;
        return ApiResponse.ok(queries.search(new DeptItemQueries.SearchFilter(deptId, r.keyword(), r.applicable(),
                r.checkItemList(), r.excludeCheckItemList(), excludeHeld, r.deptItemStateList(), r.isFusion(),
                r.checkType(), r.state(), r.cacheFlag(), r.feeType()), r.slice()));
    }

    /** 2.8.2 申请产品 */
    @PostMapping("/apply")
    public ApiResponse<Void> apply(@Valid @RequestBody ApplyRequest r) {
        service.apply(SessionContext.require(), r.checkItemList(), r.applyRemark());
        return ApiResponse.ok();
    }

    /** 2.8.3 我的产品 (royalties are internal: never shown to customers) */
    @PostMapping("/mineList")
    public ApiResponse<PageResult<DeptItemView>> mineList(@Valid @RequestBody DeptItemListRequest r) {
        SessionInfo s = SessionContext.require();
        return ApiResponse.ok(queries.list(listing.filter(s, r, false), r.slice()));
    }
}
