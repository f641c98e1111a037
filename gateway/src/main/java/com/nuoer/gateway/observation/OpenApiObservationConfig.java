package com.nuoer.gateway.observation;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * The open data API ({@code /open/**}, issue 5: thousands of calls per second) is not observed per request by the
 * Micrometer Observation API — neither the server observation ({@code http.server.requests}) nor the gateway's
 * proxied-request observation — which were about a tenth of the gateway's CPU per call. Its traffic stays measured
 * per route by the gateway's own route metrics ({@code spring.cloud.gateway.requests}, routeId {@code open-api}) and
 * limited by its Sentinel rule. Every other path is observed as before ({@code nuoer.gateway.observe-open-api=true}
 * observes the open API too).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiObservationConfig {

    static final String OPEN_PREFIX = "/open/";

    @Bean
    public ObservationPredicate openApiNotObserved(@Value("${nuoer.gateway.observe-open-api:false}") boolean observe) {
        return (name, context) -> observe || !isOpenApi(context);
    }

    static boolean isOpenApi(Object context) {
        ServerHttpRequest request = null;
        if (context instanceof ServerRequestObservationContext server) {
            request = server.getCarrier();
        } else if (context instanceof GatewayContext gateway) {
            request = gateway.getRequest();
        }
        return request != null && request.getPath().value().startsWith(OPEN_PREFIX);
    }
}
