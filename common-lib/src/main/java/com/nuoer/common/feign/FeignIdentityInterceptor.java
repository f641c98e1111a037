package com.nuoer.common.feign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.trace.TraceContext;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.time.Clock;

/**
 * Every Feign call carries the trace id and a freshly signed identity: the current user's (so the callee can scope
 * by the same caller) or, outside a request (listeners, schedulers), this service's own.
 */
public class FeignIdentityInterceptor implements RequestInterceptor {

    private final IdentityHeaders identityHeaders;
    private final Clock clock;
    private final String servicePayload;

    public FeignIdentityInterceptor(IdentityHeaders identityHeaders, ObjectMapper objectMapper, Clock clock,
                                    String serviceName) {
        this.identityHeaders = identityHeaders;
        this.clock = clock;
        try {
            this.servicePayload = IdentityHeaders.encodePayload(
                    objectMapper.writeValueAsString(SessionInfo.service(serviceName)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void apply(RequestTemplate template) {
        String traceId = TraceContext.currentOrEmpty();
        if (!traceId.isEmpty()) {
            template.header(TraceContext.HEADER, traceId);
        }
        String payload = SessionContext.identity().map(SessionContext.Identity::payload).orElse(servicePayload);
        identityHeaders.headersForPayload(payload, clock.millis()).forEach(template::header);
    }
}
