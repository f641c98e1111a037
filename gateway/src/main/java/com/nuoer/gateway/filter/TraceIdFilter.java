package com.nuoer.gateway.filter;

import com.nuoer.common.trace.TraceContext;
import com.nuoer.gateway.GatewayAttributes;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Filter 1 (first of all): the trace id of the request. A well-formed client {@code X-Trace-Id} is kept, anything
 * else replaced by a new id (TraceContext.acceptOrCreate); the id goes to the forwarded request, to the response
 * header and, through the exchange attribute, into every error envelope the gateway writes.
 */
@Component
public class TraceIdFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String traceId = TraceContext.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(TraceContext.HEADER));
        exchange.getAttributes().put(GatewayAttributes.TRACE_ID, traceId);
        ServerHttpResponse response = exchange.getResponse();
        // set (not add) at commit time: a service echoing the header does not produce a second value
        response.beforeCommit(() -> {
            response.getHeaders().set(TraceContext.HEADER, traceId);
            return Mono.empty();
        });
        ServerWebExchange traced = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(TraceContext.HEADER, traceId)))
                .build();
        return chain.filter(traced);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
