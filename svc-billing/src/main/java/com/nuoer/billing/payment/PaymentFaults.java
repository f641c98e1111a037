package com.nuoer.billing.payment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * TEST HOOK, off in every shipped profile ({@code nuoer.fault-injection.enabled}, default false; only the e2e suite
 * sets NUOER_FAULT_INJECTION=true). When on, a request carrying {@code X-Nuoer-Fault: <point>} fails at that named
 * point — used to prove that a failure after svc-wallet's credit rolls back both sides of the global transaction.
 * When off, the header is ignored.
 */
@Component
public class PaymentFaults {

    public static final String HEADER = "X-Nuoer-Fault";
    public static final String AFTER_CREDIT = "payment-after-credit";

    private final boolean enabled;

    public PaymentFaults(@Value("${nuoer.fault-injection.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    /** Throws when the hook is enabled and the current request asks for a failure at {@code point}. */
    public void at(String point) {
        if (!enabled || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a)) {
            return;
        }
        if (point.equals(a.getRequest().getHeader(HEADER))) {
            throw new IllegalStateException("injected fault at " + point + " (test hook " + HEADER + ")");
        }
    }
}
