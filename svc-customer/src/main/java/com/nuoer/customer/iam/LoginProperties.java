package com.nuoer.customer.iam;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code nuoer.login.*}: lockout after {@code maxFailures} consecutive wrong passwords, for {@code lockDuration}. */
@ConfigurationProperties(prefix = "nuoer.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lockDuration) {

    public LoginProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("nuoer.login.max-failures must be at least 1");
        }
    }
}
