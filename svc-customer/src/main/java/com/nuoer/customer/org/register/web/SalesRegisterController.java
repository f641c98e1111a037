package com.nuoer.customer.org.register.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.register.ApplyFilter;
import com.nuoer.customer.org.register.ApplyView;
import com.nuoer.customer.org.register.RegisterForm;
import com.nuoer.customer.org.register.RegistrationService;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales registration: register (new or resubmitted application), applyList and applyDetail of the caller. */
@RestController
@RequestMapping("/mt/sales/customer")
public class SalesRegisterController {

    private final RegistrationService registration;

    public SalesRegisterController(RegistrationService registration) {
        this.registration = registration;
    }

    @PostMapping("/register")
    public ApiResponse<ApplyView> register(@Valid @RequestBody RegisterForm form) {
        return ApiResponse.ok(registration.salesRegister(form, SessionContext.require()));
    }

    @PostMapping("/applyList")
    public ApiResponse<PageResult<ApplyView>> applyList(@Valid @RequestBody RegisterDtos.SalesApplyListRequest q) {
        SessionInfo caller = SessionContext.require();
        return ApiResponse.ok(registration.list(new ApplyFilter(RegistrationService.salesScope(caller), q.applyNo(),
                null, q.keyword(), q.auditStateList(), null, null, null, null), q.slice()));
    }

    @PostMapping("/applyDetail")
    public ApiResponse<ApplyView> applyDetail(@Valid @RequestBody RegisterDtos.ApplyDetailRequest q) {
        return ApiResponse.ok(registration.detail(q.applyNo(), q.applyId(),
                RegistrationService.salesScope(SessionContext.require())));
    }
}
