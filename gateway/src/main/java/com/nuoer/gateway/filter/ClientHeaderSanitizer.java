package com.nuoer.gateway.filter;

import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.gateway.GatewayAttributes;
import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Filter 2: a client can never forge the headers services trust. The signed identity headers and
 * {@code X-Real-IP} are removed from every incoming request; {@code X-Real-IP} is then set to the address the
 * connection really comes from. Only the session filter (later) adds identity headers again.
 */
@Component
public class ClientHeaderSanitizer implements WebFilter, Ordered {

    public static final int ORDER = TraceIdFilter.ORDER + 10;

    /** Headers only the gateway may set: removed from every client request (also by the open API's own path). */
    public static final List<String> UNTRUSTED = List.of(
            IdentityHeaders.IDENTITY, IdentityHeaders.TIMESTAMP, IdentityHeaders.SIGNATURE, GatewayAttributes.REAL_IP);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String clientIp = clientIp(exchange.getRequest());
        ServerWebExchange sanitized = exchange.mutate().request(request -> request.headers(headers -> {
            UNTRUSTED.forEach(headers::remove);
            if (clientIp != null) {
                headers.set(GatewayAttributes.REAL_IP, clientIp);
            }
        })).build();
        return chain.filter(sanitized);
    }

    static String clientIp(ServerHttpRequest request) {
        return clientIp(request.getRemoteAddress());
    }

    /** The address a connection comes from (null when unknown). */
    public static String clientIp(InetSocketAddress remote) {
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
