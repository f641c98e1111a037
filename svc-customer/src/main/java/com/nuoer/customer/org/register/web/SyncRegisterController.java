package com.nuoer.customer.org.register.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.organization.OrgView;
import com.nuoer.customer.org.register.RegisterForm;
import com.nuoer.customer.org.register.RegistrationService;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * syncRegister (3.7.6, F16): only a peer environment may push registrations: on the seed path under /mt/crm with the
 * crm integration account (menu {@code crm:sync}), on the internal twin {@code /internal/customer/syncRegister} (never
 * routed by the gateway) with a signed service identity. Any other session gets 403.
 */
@RestController
public class SyncRegisterController {

    private final RegistrationService registration;

    public SyncRegisterController(RegistrationService registration) {
        this.registration = registration;
    }

    @PostMapping({"/mt/crm/customer/syncRegister", "/internal/customer/syncRegister"})
    public ApiResponse<OrgView> syncRegister(@Valid @RequestBody RegisterForm form) {
        SessionContext.requirePeerSync();
        return ApiResponse.ok(registration.syncRegister(form));
    }
}
