package com.nuoer.gateway;

import com.nuoer.gateway.config.NuoerGatewayProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The single entry point of the suite: routes {@code /mt/**} to the seven services (domain.md §1.3), checks the
 * session of the calling front-end, forwards a signed identity, and answers every error of its own with the
 * standard envelope.
 */
@SpringBootApplication
@EnableConfigurationProperties(NuoerGatewayProperties.class)
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
