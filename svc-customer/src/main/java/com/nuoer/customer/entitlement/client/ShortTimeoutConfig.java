package com.nuoer.customer.entitlement.client;

import feign.Request;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Feign options of the entitlement clients only (not a @Configuration: must not apply to other clients). */
public class ShortTimeoutConfig {

    @Bean
    public Request.Options entitlementClientOptions() {
        return new Request.Options(500, TimeUnit.MILLISECONDS, 1500, TimeUnit.MILLISECONDS, false);
    }
}
