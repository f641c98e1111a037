package com.nuoer.gateway.filter;

import com.nuoer.common.error.ErrorCode;
import com.nuoer.gateway.error.GatewayException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Filter 3: only the public API {@code /mt/**} (and the gateway's own actuator) is reachable. {@code /internal/**}
 * and every other path answer the 404 envelope; unknown {@code /mt/...} paths reach no route and get the same
 * envelope from GatewayErrorHandler. Paths that a service would normalise into another path (dot segments,
 * encoded dots/slashes/backslashes, matrix parameters) are refused too: {@code /mt/portal/../../internal/x}
 * matches the portal route's {@code /mt/portal/**} here but would reach {@code /internal/x} behind Tomcat.
 * Three more public prefixes reach services without a session, each checked by its service instead:
 * {@code /open/**} (the open data API, signed with the developer account's appSecret), {@code /esign/**} (e-sign
 * provider callbacks, signed by the provider, and the sandbox signing page) and {@code /files/**} (file links signed
 * with an expiring token, e.g. statement attachments in mails).
 * The suite's API documentation is public too: the Swagger UI ({@code /swagger-ui.html}, {@code /swagger-ui/**}, {@code /webjars/swagger-ui/**},
 * {@code /v3/api-docs/swagger-config}) and the services' OpenAPI documents ({@code /api-docs/<service>}).
 */
@Component
public class PathGateFilter implements WebFilter, Ordered {

    public static final int ORDER = TraceIdFilter.ORDER + 20;

    private static final String API_PREFIX = "/mt/";
    private static final List<String> PUBLIC_PREFIXES = List.of("/open/", "/esign/", "/files/");
    private static final List<String> DOC_PREFIXES = List.of("/api-docs/", "/swagger-ui/", "/webjars/swagger-ui/", "/v3/api-docs");
    private static final String SWAGGER_UI = "/swagger-ui.html";

    private final String actuatorBasePath;

    public PathGateFilter(@Value("${management.endpoints.web.base-path:/actuator}") String actuatorBasePath) {
        this.actuatorBasePath = actuatorBasePath;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (isActuator(path) || ((path.startsWith(API_PREFIX) || isPublic(path) || isDocumentation(path))
                && !isAmbiguous(path))) {
            return chain.filter(exchange);
        }
        return Mono.error(new GatewayException(ErrorCode.ROUTE_NOT_FOUND));
    }

    static boolean isPublic(String path) {
        return PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    static boolean isDocumentation(String path) {
        return path.equals(SWAGGER_UI) || DOC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private boolean isActuator(String path) {
        return path.equals(actuatorBasePath) || path.startsWith(actuatorBasePath + "/");
    }

    /**
     * True for a raw path a servlet container would not take literally: an encoded dot, slash, backslash or NUL
     * ({@code %2e %2f %5c %00}, any case), a backslash, a semicolon, an empty segment ({@code //}) or a dot segment
     * ({@code .} / {@code ..}). One pass over the characters (this runs for every request).
     */
    static boolean isAmbiguous(String rawPath) {
        int n = rawPath.length();
        int segmentStart = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? rawPath.charAt(i) : '/';
            if (c == '/') {
                int len = i - segmentStart;
                if ((len == 1 && rawPath.charAt(segmentStart) == '.')
                        || (len == 2 && rawPath.charAt(segmentStart) == '.' && rawPath.charAt(segmentStart + 1) == '.')) {
                    return true;
                }
                if (i < n && i + 1 < n && rawPath.charAt(i + 1) == '/') {
                    return true;
                }
                segmentStart = i + 1;
            } else if (c == '\\' || c == ';') {
                return true;
            } else if (c == '%' && i + 2 < n) {
                char a = rawPath.charAt(i + 1);
                char b = Character.toLowerCase(rawPath.charAt(i + 2));
                if ((a == '2' && (b == 'e' || b == 'f')) || (a == '5' && b == 'c') || (a == '0' && b == '0')) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
