package com.nuoer.customer.org.organization.web;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.TimeRange;
import com.nuoer.customer.org.organization.CustomerFilter;
import com.nuoer.customer.org.organization.CustomerQueryService;
import com.nuoer.customer.org.organization.OrgView;
import com.nuoer.customer.org.register.RegistrationService;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales customers: only those the calling salesman maintains (all for an app manager); others answer 404. */
@RestController
@RequestMapping("/mt/sales/customer")
public class SalesCustomerController {

    private final CustomerQueryService queries;

    public SalesCustomerController(CustomerQueryService queries) {
        this.queries = queries;
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<OrgView>> list(@Valid @RequestBody CustomerDtos.SalesCustomerListRequest q) {
        Long scope = RegistrationService.salesScope(SessionContext.require());
        if (q.nearFollowDateGte() != null && !q.nearFollowDateGte().isBlank()
                && q.nearFollowDateLt() != null && !q.nearFollowDateLt().isBlank()) {
            throw new BizException(ErrorCode.VALIDATION_FAILED,
                    "nearFollowDateGte/nearFollowDateLt: 最近拜访时间条件只能传一个");
        }
        CustomerFilter filter = new CustomerFilter(scope, q.keyword(), q.customerNameLike(), null, null, null, null,
                null, null, null, null, null, null, null, null,
                TimeRange.date("nearFollowDateGte", q.nearFollowDateGte()),
                TimeRange.date("nearFollowDateLt", q.nearFollowDateLt()));
        return ApiResponse.ok(queries.list(filter, q.slice(), false));
    }

    @GetMapping("/detail/{organizationId}")
    public ApiResponse<OrgView> detail(@PathVariable("organizationId") Long organizationId) {
        return ApiResponse.ok(queries.detail(organizationId,
                RegistrationService.salesScope(SessionContext.require())));
    }
}
