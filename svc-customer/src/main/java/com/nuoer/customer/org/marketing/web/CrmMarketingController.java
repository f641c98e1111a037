package com.nuoer.customer.org.marketing.web;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.marketing.MarketingService;
import com.nuoer.customer.org.organization.CustomerQueryService;
import com.nuoer.customer.org.organization.OrgView;
import com.nuoer.customer.org.organization.web.CustomerDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm marketing (menu crm:marketing): marketing customers, subscribable customers, subscriptions. */
@RestController
@RequestMapping("/mt/crm/marketing")
@RequiresMenu(MenuCodes.CRM_MARKETING)
public class CrmMarketingController {

    private final MarketingService marketing;
    private final CustomerQueryService customers;

    public CrmMarketingController(MarketingService marketing, CustomerQueryService customers) {
        this.marketing = marketing;
        this.customers = customers;
    }

    public record MarketingCustListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                           @Size(max = 64) String keyword) implements PageParams {
    }

    public record SaveSubscribeRequest(@NotBlank @Size(max = 64) String custCode,
                                       @Size(max = 5000) List<Long> deptIds) {
    }

    @PostMapping("/cust/list")
    public ApiResponse<PageResult<MarketingService.MarketingCustomerView>> custList(
            @Valid @RequestBody MarketingCustListRequest q) {
        return ApiResponse.ok(marketing.list(q.keyword(), q.slice()));
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<OrgView>> list(@Valid @RequestBody CustomerDtos.CrmCustomerListRequest q) {
        return ApiResponse.ok(customers.list(q.filter(), q.slice(), true));
    }

    @PostMapping("/cust/saveSubscribe")
    public ApiResponse<Map<String, Object>> saveSubscribe(@Valid @RequestBody SaveSubscribeRequest r) {
        marketing.saveSubscribe(r.custCode(), r.deptIds());
        return ApiResponse.ok(Map.of());
    }
}
