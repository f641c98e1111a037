package com.nuoer.customer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/**
 * svc-customer: accounts and sessions (iam), organisations and developer accounts (org), later entitlements,
 * schedules and notifications (domain.md §1.1).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients
public class CustomerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerApplication.class, args);
    }
}
