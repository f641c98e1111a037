package com.nuoer.customer.org.register.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.TimeRange;
import com.nuoer.customer.org.organization.OrgView;
import com.nuoer.customer.org.register.ApplyFilter;
import com.nuoer.customer.org.register.ApplyView;
import com.nuoer.customer.org.register.AuditCommand;
import com.nuoer.customer.org.register.RegisterForm;
import com.nuoer.customer.org.register.RegistrationService;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm registration: register, editApply, applyList, applyDetail, registerAudit (menu crm:customer:apply). */
@RestController
@RequestMapping("/mt/crm/customer")
@RequiresMenu(MenuCodes.CRM_CUSTOMER_APPLY)
public class CrmRegisterController {

    private final RegistrationService registration;

    public CrmRegisterController(RegistrationService registration) {
        this.registration = registration;
    }

    @PostMapping("/register")
    public ApiResponse<OrgView> register(@Valid @RequestBody RegisterForm form) {
        return ApiResponse.ok(registration.crmRegister(form, SessionContext.require()));
    }

    @PostMapping("/editApply")
    public ApiResponse<ApplyView> editApply(@Valid @RequestBody RegisterForm form) {
        return ApiResponse.ok(registration.editApply(form, SessionContext.require()));
    }

    @PostMapping("/applyList")
    public ApiResponse<PageResult<ApplyView>> applyList(@Valid @RequestBody RegisterDtos.CrmApplyListRequest q) {
        Long salesman = q.salesmanId() != null ? q.salesmanId() : q.querySalesmanId();
        return ApiResponse.ok(registration.list(new ApplyFilter(null, q.applyNo(), salesman, q.keyword(),
                q.auditStateList(), TimeRange.from("createTimeGte", q.createTimeGte()),
                TimeRange.to("createTimeLte", q.createTimeLte()), TimeRange.from("auditTimeGte", q.auditTimeGte()),
                TimeRange.to("auditTimeLte", q.auditTimeLte())), q.slice()));
    }

    @PostMapping("/applyDetail")
    public ApiResponse<ApplyView> applyDetail(@Valid @RequestBody RegisterDtos.ApplyDetailRequest q) {
        return ApiResponse.ok(registration.detail(q.applyNo(), q.applyId(), null));
    }

    @PostMapping("/registerAudit")
    public ApiResponse<Map<String, Object>> registerAudit(@Valid @RequestBody AuditCommand cmd) {
        registration.audit(cmd, SessionContext.require());
        return ApiResponse.ok(Map.of());
    }
}
