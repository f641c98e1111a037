package com.nuoer.gateway.filter;

import com.nuoer.common.error.ErrorCode;
import com.nuoer.gateway.error.GatewayException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Filter 3: only the public API {@code /mt/**}, the open data API {@code /open/v1/**} (and the gateway's own actuator) is reachable. {@code /internal/**}
 * and every other path answer the 404 envelope; unknown {@code /mt/...} paths reach no route and get the same
 * envelope from GatewayErrorHandler. Paths that a service would normalise into another path (dot segments,
 * encoded dots/slashes/backslashes, matrix parameters) are refused too: {@code /mt/portal/../../internal/x}
 * matches the portal route's {@code /mt/portal/**} here but would reach {@code /internal/x} behind Tomcat.
 * The suite's API documentation is public too: the Swagger UI ({@code /swagger-ui.html}, {@code /swagger-ui/**}, {@code /webjars/swagger-ui/**},
 * {@code /v3/api-docs/swagger-config}) and the services' OpenAPI documents ({@code /api-docs/<service>}).
 */
@Component
public class PathGateFilter implements WebFilter, Ordered {

    public static final int ORDER = TraceIdFilter.ORDER + 20;

    private static final String API_PREFIX = "/mt/";
    /** The open data API of svc-apicall (signed by the customer's appSecret, no session). */
    private static final String OPEN_API_PREFIX = "/open/v1/";
    private static final List<String> DOC_PREFIXES = List.of("/api-docs/", "/swagger-ui/", "/webjars/swagger-ui/", "/v3/api-docs");
    private static final String SWAGGER_UI = "/swagger-ui.html";

    private final String actuatorBasePath;

    public PathGateFilter(@Value("${management.endpoints.web.base-path:/actuator}") String actuatorBasePath) {
        this.actuatorBasePath = actuatorBasePath;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (isActuator(path) || ((path.startsWith(API_PREFIX) || path.startsWith(OPEN_API_PREFIX) || isDocumentation(path)) && !isAmbiguous(path))) {
            return chain.filter(exchange);
        }
        return Mono.error(new GatewayException(ErrorCode.ROUTE_NOT_FOUND));
    }

    static boolean isDocumentation(String path) {
        return path.equals(SWAGGER_UI) || DOC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private boolean isActuator(String path) {
        return path.equals(actuatorBasePath) || path.startsWith(actuatorBasePath + "/");
    }

    /** True for a raw path a servlet container would not take literally. */
    static boolean isAmbiguous(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || lower.contains("\\") || lower.contains(";") || lower.contains("//")) {
            return true;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
