package com.nuoer.customer.iam;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nuoer.login.ip.*}: per client IP, at most {@code maxFailures} failed logins (unknown user, wrong password,
 * locked account) per {@code window}; beyond it every login from that IP is refused with 42911 until the window
 * ends — against password spraying over many accounts, which the per-account lockout cannot see.
 */
@ConfigurationProperties(prefix = "nuoer.login.ip")
public record LoginRateLimitProperties(@DefaultValue("100") int maxFailures, @DefaultValue("PT10M") Duration window) {

    public LoginRateLimitProperties {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("nuoer.login.ip.max-failures >= 1 and a positive window are required");
        }
    }
}
