package com.nuoer.common.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nuoer.security.identity-secret}: the HMAC key shared by the gateway and the services for forwarded
 * identities (set from the environment in a cluster; the local profile has a development default).
 */
@ConfigurationProperties(prefix = "nuoer.security")
public record NuoerProperties(String identitySecret) {
}
