package com.nuoer.customer.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.customer.notify.channel.Delivery;
import com.nuoer.customer.notify.channel.OutgoingMessage;
import com.nuoer.customer.notify.channel.WebhookSender;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook delivery against a local HTTP server (loopback only): retried until a 2xx answer, bounded. */
class WebhookSenderTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile int failFirst;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = calls.incrementAndGet() <= failFirst ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OutgoingMessage message() {
        return new OutgoingMessage("MSG1", List.of("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"),
                List.of(), "接口异常预警", "失败10次", false, "API_ERROR_ALERT", null, null);
    }

    private WebhookSender sender(int attempts) {
        return new WebhookSender(Duration.ofSeconds(1), Duration.ofSeconds(1), attempts, Duration.ofMillis(10));
    }

    @Test
    void aFailingHookIsRetriedUntilItAnswers() {
        failFirst = 2;
        Delivery delivery = sender(3).send(message());
        assertThat(delivery.ok()).isTrue();
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(calls.get()).isEqualTo(3);
        assertThat(bodies.get(0)).contains("\"title\":\"接口异常预警\"").contains("\"content\":\"失败10次\"");
    }

    @Test
    void retriesAreBounded() {
        failFirst = 10;
        Delivery delivery = sender(3).send(message());
        assertThat(delivery.ok()).isFalse();
        assertThat(delivery.error()).isNotBlank();
        assertThat(calls.get()).isEqualTo(3);
    }
}
