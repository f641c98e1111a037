package com.nuoer.customer.org.register.web;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.organization.OrgView;
import com.nuoer.customer.org.register.RegisterForm;
import com.nuoer.customer.org.register.RegistrationService;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * syncRegister (3.7.6, F16): only a service identity may push registrations from another environment. The seed path
 * under /mt/crm is routed by the gateway, so it refuses every user session (403) — the identity filter already
 * refuses service identities on /mt/** (401), so in practice callers use the internal twin
 * {@code /internal/customer/syncRegister}, which the gateway never routes and which needs a signed service identity.
 */
@RestController
public class SyncRegisterController {

    private final RegistrationService registration;

    public SyncRegisterController(RegistrationService registration) {
        this.registration = registration;
    }

    @PostMapping({"/mt/crm/customer/syncRegister", "/internal/customer/syncRegister"})
    public ApiResponse<OrgView> syncRegister(@Valid @RequestBody RegisterForm form) {
        SessionInfo caller = SessionContext.current().orElseThrow(() -> new BizException(ErrorCode.UNAUTHORIZED));
        if (!caller.isService()) {
            throw new BizException(ErrorCode.FORBIDDEN, "同步注册只允许服务凭证调用");
        }
        return ApiResponse.ok(registration.syncRegister(form));
    }
}
