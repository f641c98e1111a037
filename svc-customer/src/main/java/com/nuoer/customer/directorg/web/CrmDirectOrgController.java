package com.nuoer.customer.directorg.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.directorg.DirectOrgService;
import com.nuoer.customer.directorg.web.DirectOrgDtos.AddRequest;
import com.nuoer.customer.directorg.web.DirectOrgDtos.DirectOrgView;
import com.nuoer.customer.directorg.web.DirectOrgDtos.ListRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/customer/organization/{add, list}: direct organisations (直客). */
@RestController
@RequestMapping("/mt/crm/customer/organization")
@RequiresMenu(MenuCodes.CRM_CUSTOMER)
public class CrmDirectOrgController {

    private final DirectOrgService orgs;

    public CrmDirectOrgController(DirectOrgService orgs) {
        this.orgs = orgs;
    }

    /** 3.7.50 添加直客 */
    @PostMapping("/add")
    public ApiResponse<DirectOrgView> add(@Valid @RequestBody AddRequest request) {
        return ApiResponse.ok(DirectOrgView.of(orgs.add(request.orgCode(), request.orgName(),
                SessionContext.require().userId())));
    }

    /** 3.7.51 直客列表 */
    @PostMapping("/list")
    public ApiResponse<PageResult<DirectOrgView>> list(@Valid @RequestBody ListRequest request) {
        return ApiResponse.ok(orgs.list(request.keyword(), request.slice()).map(DirectOrgView::of));
    }
}
