package com.nuoer.customer.directorg.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.directorg.DirectOrgService;
import com.nuoer.customer.directorg.web.DirectOrgDtos.DirectOrgView;
import com.nuoer.customer.directorg.web.DirectOrgDtos.ListRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/sales/customer/organization/list: direct organisations are reference data, the same for every salesman. */
@RestController
@RequestMapping("/mt/sales/customer/organization")
public class SalesDirectOrgController {

    private final DirectOrgService orgs;

    public SalesDirectOrgController(DirectOrgService orgs) {
        this.orgs = orgs;
    }

    /** 4.5.11 直客列表 */
    @PostMapping("/list")
    public ApiResponse<PageResult<DirectOrgView>> list(@Valid @RequestBody ListRequest request) {
        return ApiResponse.ok(orgs.list(request.keyword(), request.slice()).map(DirectOrgView::of));
    }
}
