package com.nuoer.gateway;

import com.nuoer.common.trace.TraceContext;
import org.springframework.web.server.ServerWebExchange;

/** Exchange attributes and header names the gateway's filters share. */
public final class GatewayAttributes {

    /** The trace id of the exchange (set first by TraceIdFilter). */
    public static final String TRACE_ID = GatewayAttributes.class.getName() + ".traceId";

    public static final String REAL_IP = "X-Real-IP";

    private GatewayAttributes() {
    }

    /** The exchange's trace id; when the trace filter has not run (should not happen) the client's id or a new one. */
    public static String traceId(ServerWebExchange exchange) {
        String traceId = exchange.getAttribute(TRACE_ID);
        if (traceId == null) {
            traceId = TraceContext.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(TraceContext.HEADER));
            exchange.getAttributes().put(TRACE_ID, traceId);
        }
        return traceId;
    }
}
