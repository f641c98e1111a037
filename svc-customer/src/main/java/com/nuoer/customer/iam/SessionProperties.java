package com.nuoer.customer.iam;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code nuoer.session.ttl}: lifetime of a session in Redis (the gateway slides it on each request). */
@ConfigurationProperties(prefix = "nuoer.session")
public record SessionProperties(@DefaultValue("PT2H") Duration ttl) {
}
