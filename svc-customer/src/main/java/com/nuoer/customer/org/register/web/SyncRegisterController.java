package com.nuoer.customer.org.register.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.organization.OrgView;
import com.nuoer.customer.org.register.RegisterForm;
import com.nuoer.customer.org.register.RegistrationService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
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
    private final Validator validator;

    public SyncRegisterController(RegistrationService registration, Validator validator) {
        this.registration = registration;
        this.validator = validator;
    }

    @PostMapping({"/mt/crm/customer/syncRegister", "/internal/customer/syncRegister"})
    public ApiResponse<OrgView> syncRegister(@RequestBody RegisterForm form) {
        SessionContext.requirePeerSync(); // the caller first: 403 for anyone else whatever the body
        Set<ConstraintViolation<RegisterForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return ApiResponse.ok(registration.syncRegister(form));
    }
}
