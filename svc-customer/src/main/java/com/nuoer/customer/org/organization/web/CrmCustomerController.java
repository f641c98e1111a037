package com.nuoer.customer.org.organization.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.organization.CustomerQueryService;
import com.nuoer.customer.org.organization.CustomerService;
import com.nuoer.customer.org.organization.OrgView;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm customers (menu crm:customer): list, detail, edit, delete, activeApp. */
@RestController
@RequestMapping("/mt/crm/customer")
@RequiresMenu(MenuCodes.CRM_CUSTOMER)
public class CrmCustomerController {

    private final CustomerQueryService queries;
    private final CustomerService customers;

    public CrmCustomerController(CustomerQueryService queries, CustomerService customers) {
        this.queries = queries;
        this.customers = customers;
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<OrgView>> list(@Valid @RequestBody CustomerDtos.CrmCustomerListRequest q) {
        return ApiResponse.ok(queries.list(q.filter(), q.slice(), false));
    }

    @GetMapping("/detail/{organizationId}")
    public ApiResponse<OrgView> detail(@PathVariable("organizationId") Long organizationId) {
        return ApiResponse.ok(queries.detail(organizationId, null));
    }

    @PostMapping("/edit")
    public ApiResponse<Map<String, Object>> edit(@Valid @RequestBody CustomerDtos.EditRequest r) {
        customers.edit(r.merchantId(), r.baseInfo() == null ? null : r.baseInfo().profile(),
                r.baseInfo() == null ? null : r.baseInfo().state(),
                r.authInfo() == null ? null : r.authInfo().id(),
                r.authInfo() == null ? null : r.authInfo().data(), SessionContext.require());
        return ApiResponse.ok(Map.of());
    }

    @PostMapping("/delete")
    public ApiResponse<Map<String, Object>> delete(@Valid @RequestBody CustomerDtos.DeleteRequest r) {
        customers.delete(r.organizationId(), SessionContext.require());
        return ApiResponse.ok(Map.of());
    }

    @PostMapping("/activeApp")
    public ApiResponse<Map<String, Object>> activeApp(@Valid @RequestBody CustomerDtos.ActiveAppRequest r) {
        customers.activeApp(r.merchantId(), r.appcode(), r.industry(), SessionContext.require());
        return ApiResponse.ok(Map.of());
    }
}
