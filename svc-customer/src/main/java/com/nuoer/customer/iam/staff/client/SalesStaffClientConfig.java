package com.nuoer.customer.iam.staff.client;

import feign.Request;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Feign options of {@link SalesStaffClient} only (not a @Configuration: must not apply to other clients). */
public class SalesStaffClientConfig {

    @Bean
    public Request.Options salesStaffClientOptions() {
        return new Request.Options(500, TimeUnit.MILLISECONDS, 1500, TimeUnit.MILLISECONDS, false);
    }
}
