package com.nuoer.gateway.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;

class OpenApiObservationConfigTest {

    private final ObservationPredicate predicate = new OpenApiObservationConfig().openApiNotObserved(false);

    private static ServerRequestObservationContext server(String path) {
        return new ServerRequestObservationContext(MockServerHttpRequest.post(path).build(), new MockServerHttpResponse(),
                new HashMap<>());
    }

    @Test
    void theOpenApiIsNotObservedPerRequest() {
        assertThat(predicate.test("http.server.requests", server("/open/v1/ID2_CHECK"))).isFalse();
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/open/v1/ID2_CHECK"));
        assertThat(predicate.test("spring.cloud.gateway.http.client.requests",
                new GatewayContext(new HttpHeaders(), exchange.getRequest(), exchange))).isFalse();
    }

    @Test
    void everythingElseIsObservedAsBefore() {
        assertThat(predicate.test("http.server.requests", server("/mt/crm/checkItem/list"))).isTrue();
        assertThat(predicate.test("http.server.requests", server("/openx/v1"))).isTrue();
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/mt/portal/x"));
        assertThat(predicate.test("spring.cloud.gateway.http.client.requests",
                new GatewayContext(new HttpHeaders(), exchange.getRequest(), exchange))).isTrue();
        assertThat(predicate.test("jvm.something", new Observation.Context())).isTrue();
        assertThat(new OpenApiObservationConfig().openApiNotObserved(true).test("http.server.requests",
                server("/open/v1/ID2_CHECK"))).isTrue();
    }
}
