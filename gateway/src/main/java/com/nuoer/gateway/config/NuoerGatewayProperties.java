package com.nuoer.gateway.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The gateway's own settings under {@code nuoer.*} (application.yml documents each one). */
@ConfigurationProperties("nuoer")
public record NuoerGatewayProperties(
        @DefaultValue Security security,
        @DefaultValue Session session,
        @DefaultValue Gateway gateway) {

    /** @param identitySecret HMAC secret shared with the services (common-lib IdentityHeaders, ≥ 16 chars) */
    public record Security(String identitySecret) {
    }

    /**
     * @param keyPrefix     Redis key of a session is keyPrefix + stoken (written by svc-customer)
     * @param ttl           sliding lifetime: every request of the session resets the key's TTL to this
     * @param lookupTimeout upper bound of one session lookup (the Redis command timeout applies too)
     */
    public record Session(
            @DefaultValue("nuoer:session:") String keyPrefix,
            @DefaultValue("PT2H") Duration ttl,
            @DefaultValue("3s") Duration lookupTimeout) {
    }

    /**
     * @param defaultRouteQps QPS limit of every route (Sentinel gateway flow rule per route id)
     * @param routeQps        overrides of that limit per route id
     * @param authQpsPerIp    QPS limit per client IP on the {@code auth} route (login, against password guessing)
     */
    public record Gateway(
            @DefaultValue("500") double defaultRouteQps,
            Map<String, Double> routeQps,
            @DefaultValue("20") double authQpsPerIp) {

        public double qpsOf(String routeId) {
            return routeQps != null && routeQps.get(routeId) != null ? routeQps.get(routeId) : defaultRouteQps;
        }
    }
}
