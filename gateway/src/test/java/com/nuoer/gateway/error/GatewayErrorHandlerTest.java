package com.nuoer.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.gateway.GatewayAttributes;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.http.client.PrematureCloseException;

class GatewayErrorHandlerTest {

    final ObjectMapper json = new ObjectMapper();
    final GatewayErrorHandler handler = new GatewayErrorHandler(new EnvelopeWriter(json));

    @Test
    void classifiesEveryKindOfGatewayError() {
        assertThat(GatewayErrorHandler.classify(NotFoundException.create(false, "Unable to find instance for svc-x")))
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrorHandler.classify(NotFoundException.create(true, "Unable to find instance for svc-x")))
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrorHandler.classify(new RuntimeException(new ConnectException("Connection refused"))))
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrorHandler.classify(new ConnectTimeoutException("connect timed out")))
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT,
                "Response took longer than timeout", new TimeoutException("slow")))).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(GatewayErrorHandler.classify(new java.util.concurrent.TimeoutException()))
                .isEqualTo(ErrorCode.TIMEOUT);
        assertThat(GatewayErrorHandler.classify(new RuntimeException(PrematureCloseException.TEST_EXCEPTION)))
                .isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(GatewayErrorHandler.classify(new RedisConnectionFailureException("down")))
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrorHandler.classify(new FlowException("route"))).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .isEqualTo(ErrorCode.ROUTE_NOT_FOUND);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED)))
                .isEqualTo(ErrorCode.METHOD_NOT_ALLOWED);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE)))
                .isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT)))
                .isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(GatewayErrorHandler.classify(new GatewayException(ErrorCode.WRONG_APP)))
                .isEqualTo(ErrorCode.WRONG_APP);
        assertThat(GatewayErrorHandler.classify(new IllegalStateException("boom")))
                .isEqualTo(ErrorCode.INTERNAL_ERROR);
    }

    @Test
    void anUnexpectedErrorIsA500EnvelopeWithoutDetails() throws Exception {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/mt/crm/bill/list"));
        exchange.getAttributes().put(GatewayAttributes.TRACE_ID, "trace-0123456789");
        handler.handle(exchange, new IllegalStateException("db password is hunter2")).block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst("X-Trace-Id")).isEqualTo("trace-0123456789");
        String body = exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5));
        assertThat(body).doesNotContain("hunter2").doesNotContain("IllegalStateException").doesNotContain("at com.");
        JsonNode envelope = json.readTree(body);
        assertThat(envelope.path("code").asInt()).isEqualTo(50000);
        assertThat(envelope.path("msg").asText()).isEqualTo(ErrorCode.INTERNAL_ERROR.defaultMessage());
        assertThat(envelope.path("traceId").asText()).isEqualTo("trace-0123456789");
        assertThat(envelope.has("data")).isFalse();
    }

    @Test
    void aCommittedResponseIsLeftAlone() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/mt/portal/x"));
        exchange.getResponse().setComplete().block();
        IllegalStateException error = new IllegalStateException("late");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> handler.handle(exchange, error).block())
                .isSameAs(error);
    }
}
