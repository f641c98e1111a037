package com.nuoer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.adapter.gateway.common.SentinelGatewayConstants;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayFlowRule;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayRuleManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.gateway.support.EmbeddedRedis;
import com.nuoer.gateway.support.Ports;
import com.nuoer.gateway.support.StubService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a real port with a real Redis (embedded 6.2) and one stub HTTP server per service that echoes
 * what it received. svc-contract points at a closed port (a dead service); svc-apicall has two instances, the first
 * one a closed port (a stopped instance still listed), so every call to it shows the move to the next instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s",
        "nuoer.session.ttl=PT2H"})
@AutoConfigureObservability(tracing = false)
class GatewayAuthTest {

    static final String SECRET = "local-dev-identity-secret-0123456789";
    static final List<String> LIVE_SERVICES =
            List.of("svc-portal", "svc-customer", "svc-billing", "svc-wallet", "svc-apicall", "svc-sales");
    static final EmbeddedRedis REDIS = EmbeddedRedis.start();
    static final Map<String, StubService> STUBS = new LinkedHashMap<>();
    static final int CLOSED_PORT = Ports.free();
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        LIVE_SERVICES.forEach(name -> STUBS.put(name, StubService.start(name)));
    }

    static final String CRM_TOKEN = "tok-crm-0001";
    static final String BEEBACK_TOKEN = "tok-beeback-0001";
    static final String CRM_SESSION = "{\"loginId\":\"ops-1\",\"stoken\":\"tok-crm-0001\",\"userId\":7,"
            + "\"username\":\"ops\",\"nickname\":\"运营\",\"loginAppCode\":\"crm\",\"appcode\":\"crm\","
            + "\"tenantId\":1,\"staffId\":70,\"roles\":[\"admin\"]}";
    static final String BEEBACK_SESSION = "{\"loginId\":\"dev-1\",\"stoken\":\"tok-beeback-0001\",\"userId\":9,"
            + "\"username\":\"dev\",\"loginAppCode\":\"beeback\",\"appcode\":\"beeback\",\"deptId\":33}";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", REDIS::port);
        registry.add("nuoer.security.identity-secret", () -> SECRET);
        STUBS.forEach((name, stub) -> {
            int index = name.equals("svc-apicall") ? 1 : 0;
            registry.add("spring.cloud.discovery.client.simple.instances." + name + "[" + index + "].uri", stub::uri);
        });
        registry.add("spring.cloud.discovery.client.simple.instances.svc-apicall[0].uri",
                () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("spring.cloud.discovery.client.simple.instances.svc-contract[0].uri",
                () -> "http://127.0.0.1:" + CLOSED_PORT);
    }

    @AfterAll
    static void stopEngines() {
        STUBS.values().forEach(StubService::close);
        REDIS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    MeterRegistry meters;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        redis.opsForValue().set("nuoer:session:" + CRM_TOKEN, CRM_SESSION, Duration.ofMinutes(5)).block();
        redis.opsForValue().set("nuoer:session:" + BEEBACK_TOKEN, BEEBACK_SESSION, Duration.ofMinutes(5)).block();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    record Answer(int status, HttpHeaders headers, JsonNode body) {
        int code() {
            return body.path("code").asInt(Integer.MIN_VALUE);
        }

        JsonNode seen() {
            return body.path("data").path("headers");
        }
    }

    Answer call(HttpMethod method, String path, Map<String, String> headers) {
        EntityExchangeResult<byte[]> result = client.method(method).uri(path)
                .headers(h -> headers.forEach(h::set))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectBody().returnResult();
        byte[] bytes = result.getResponseBody();
        try {
            JsonNode body = bytes == null || bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
            return new Answer(result.getStatus().value(), result.getResponseHeaders(), body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + new String(bytes), e);
        }
    }

    Answer post(String path, Map<String, String> headers) {
        return call(HttpMethod.POST, path, headers);
    }

    static Map<String, String> bearer(String token) {
        return Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    static void assertEnvelope(Answer answer, int status, int code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.headers().getContentType()).isNotNull();
        assertThat(answer.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().path("msg").asText()).isNotBlank();
        assertThat(answer.body().path("timestamp").asLong()).isPositive();
        String traceId = answer.body().path("traceId").asText();
        assertThat(traceId).isNotBlank();
        assertThat(answer.headers().get("X-Trace-Id")).containsExactly(traceId);
        assertThat(answer.body().toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    // ---- (a) (b) (c) session rules -------------------------------------------------------------------------

    @Test
    void noTokenOnCrmIs401Envelope() {
        assertEnvelope(post("/mt/crm/bill/list", Map.of()), 401, 40100);
        assertEnvelope(post("/mt/beeback/dept/developerInfo", Map.of()), 401, 40100);
        assertEnvelope(post("/mt/sales/index/summary", Map.of()), 401, 40100);
    }

    @Test
    void unknownOrMalformedTokenOnCrmIs401Envelope() {
        assertEnvelope(post("/mt/crm/bill/list", bearer("no-such-token")), 401, 40100);
        assertEnvelope(post("/mt/crm/bill/list", Map.of(HttpHeaders.AUTHORIZATION, CRM_TOKEN)), 401, 40100);
        assertEnvelope(post("/mt/crm/bill/list", Map.of(HttpHeaders.AUTHORIZATION, "Bearer a b\"c")), 401, 40100);
    }

    @Test
    void tokenOfAnotherAppIs403Envelope() {
        assertEnvelope(post("/mt/crm/bill/list", bearer(BEEBACK_TOKEN)), 403, 40302);
        assertEnvelope(post("/mt/beeback/billStatement/list", bearer(CRM_TOKEN)), 403, 40302);
        assertEnvelope(post("/mt/sales/index/summary", bearer(CRM_TOKEN)), 403, 40302);
    }

    @Test
    void crmTokenIsForwardedWithAVerifiableSignedIdentity() {
        long before = System.currentTimeMillis();
        Answer answer = post("/mt/crm/bill/list", bearer(CRM_TOKEN));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("data").path("service").asText()).isEqualTo("svc-billing");
        assertThat(answer.body().path("data").path("path").asText()).as("no StripPrefix").isEqualTo("/mt/crm/bill/list");
        JsonNode seen = answer.seen();
        String payload = seen.path("x-nuoer-identity").asText(null);
        String ts = seen.path("x-nuoer-identity-ts").asText(null);
        String sig = seen.path("x-nuoer-identity-sig").asText(null);
        assertThat(payload).isNotNull();
        assertThat(IdentityHeaders.decodePayload(payload)).isEqualTo(CRM_SESSION);
        assertThat(Long.parseLong(ts)).isBetween(before - 1000, System.currentTimeMillis() + 1000);
        assertThat(new IdentityHeaders(SECRET).verify(payload, ts, sig, System.currentTimeMillis())).isTrue();
        assertThat(new IdentityHeaders("another-secret-0123456789").verify(payload, ts, sig,
                System.currentTimeMillis())).isFalse();
        assertThat(seen.path("x-real-ip").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void exceptionRoutesReachTheirServiceThroughTheGateway() {
        assertThat(post("/mt/crm/customer/wallet/list", bearer(CRM_TOKEN)).body().path("data").path("service")
                .asText()).isEqualTo("svc-wallet");
        assertThat(post("/mt/crm/org/staff/handover", bearer(CRM_TOKEN)).body().path("data").path("service")
                .asText()).isEqualTo("svc-sales");
        assertThat(post("/mt/beeback/forewarn/itemList", bearer(BEEBACK_TOKEN)).body().path("data").path("service")
                .asText()).isEqualTo("svc-apicall");
        assertThat(call(HttpMethod.GET, "/mt/beeback/forewarn/queryAllContacts", bearer(BEEBACK_TOKEN)).body()
                .path("data").path("service").asText()).isEqualTo("svc-customer");
    }

    @Test
    void publicRoutesOutsideMtNeedNoSessionAndCarryTheRealClientIp() {
        Answer open = call(HttpMethod.POST, "/open/v1/ID2_CHECK", Map.of("X-Real-IP", "1.2.3.4"));
        assertThat(open.status()).as(open.body().toString()).isEqualTo(200);
        assertThat(open.body().path("data").path("service").asText()).isEqualTo("svc-apicall");
        assertThat(open.seen().path("x-real-ip").asText()).isEqualTo("127.0.0.1");
        assertThat(open.seen().has("x-nuoer-identity")).isFalse();
        assertThat(post("/files/billing/k1", Map.of()).body().path("data").path("service").asText())
                .isEqualTo("svc-billing");
        assertThat(post("/open/pay/sandbox/callback", Map.of()).body().path("data").path("service").asText())
                .isEqualTo("svc-wallet");
        assertThat(post("/files/apicall/k1", Map.of()).body().path("data").path("service").asText())
                .isEqualTo("svc-apicall");
        // svc-contract is down in this test: the route exists (503 from the gateway, not 404)
        assertEnvelope(post("/esign/callback/sandbox", Map.of()), 503, 50300);
    }

    // ---- the open data API's own path (OpenApiProxy) -----------------------------------------------------------

    double openCalls() {
        return meters.find("nuoer.gateway.open.requests").timers().stream().mapToLong(Timer::count).sum();
    }

    @Test
    void openApiCallsTakeTheGatewaysOwnPathWithTheSameGuarantees() {
        String body = "{\"name\":\"张三\",\"idCard\":\"110101199003077777\",\"tradeNo\":\"T-1\"}";
        Map<String, String> forged = Map.of(
                IdentityHeaders.IDENTITY, IdentityHeaders.encodePayload(CRM_SESSION),
                IdentityHeaders.TIMESTAMP, Long.toString(System.currentTimeMillis()),
                IdentityHeaders.SIGNATURE, "forged",
                "X-Real-IP", "1.2.3.4",
                "X-App-Id", "app-1", "X-Signature", "abc",
                "X-Trace-Id", "trace-open-12345678");
        double before = openCalls();
        // svc-apicall's first instance refuses connections: every call still reaches the second one
        for (int i = 0; i < 4; i++) {
            EntityExchangeResult<byte[]> result = client.post().uri("/open/v1/ID2_CHECK?lang=zh")
                    .headers(h -> forged.forEach(h::set))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body.getBytes(StandardCharsets.UTF_8))
                    .exchange().expectBody().returnResult();
            assertThat(result.getStatus().value()).isEqualTo(200);
            assertThat(result.getResponseHeaders().get("X-Trace-Id")).containsExactly("trace-open-12345678");
            assertThat(result.getResponseHeaders().getFirst("X-Stub-Service")).isEqualTo("svc-apicall");
            JsonNode data = readJson(result.getResponseBody()).path("data");
            assertThat(data.path("service").asText()).isEqualTo("svc-apicall");
            assertThat(data.path("path").asText()).isEqualTo("/open/v1/ID2_CHECK");
            assertThat(data.path("query").asText()).isEqualTo("lang=zh");
            assertThat(data.path("body").asText()).isEqualTo(body);
            JsonNode seen = data.path("headers");
            assertThat(seen.path("x-real-ip").asText()).isEqualTo("127.0.0.1");
            assertThat(seen.path("x-trace-id").asText()).isEqualTo("trace-open-12345678");
            assertThat(seen.path("x-app-id").asText()).isEqualTo("app-1");
            assertThat(seen.path("x-signature").asText()).isEqualTo("abc");
            assertThat(seen.path("content-length").asInt()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
            assertThat(seen.has("x-nuoer-identity")).isFalse();
            assertThat(seen.has("x-nuoer-identity-ts")).isFalse();
            assertThat(seen.has("x-nuoer-identity-sig")).isFalse();
        }
        assertThat(openCalls() - before).as("served by OpenApiProxy, not by the generic route").isEqualTo(4);

        // anything else under /open/ takes the generic route to the same service
        Answer other = post("/open/other/x", Map.of());
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body().path("data").path("service").asText()).isEqualTo("svc-apicall");
        assertThat(openCalls() - before).isEqualTo(4);
    }

    @Test
    void anOpenApiCallWithExpectContinueIsAnsweredAndNotPassedOn() throws Exception {
        String body = "{\"mobile\":\"13800000000\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/open/v1/MOBILE3_CHECK"))
                .expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode data = JSON.readTree(response.body()).path("data");
        assertThat(data.path("body").asText()).isEqualTo(body);
        assertThat(data.path("headers").has("expect")).isFalse();
    }

    @Test
    void openApiErrorsOfTheGatewayAreEnvelopes() throws Exception {
        long started = System.nanoTime();
        assertEnvelope(post("/open/v1/slow", Map.of()), 504, 50400);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(StubService.SLOW_MILLIS));

        byte[] tooLarge = new byte[1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'x');
        EntityExchangeResult<byte[]> result = client.post().uri("/open/v1/ID2_CHECK")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(tooLarge)
                .exchange().expectBody().returnResult();
        assertEnvelope(new Answer(result.getStatus().value(), result.getResponseHeaders(),
                readJson(result.getResponseBody())), 413, 40006);

        // a length beyond any int is refused before a byte of the body is read
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /open/v1/ID2_CHECK HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }

        List<Answer> answers = burstUnderOneQps("open-api", () -> post("/open/v1/ID2_CHECK", Map.of()));
        assertThat(answers).anyMatch(a -> a.status() == 200);
    }

    static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    // ---- (d) anonymous routes, forged headers ---------------------------------------------------------------

    @Test
    void forgedIdentityAndRealIpFromTheClientAreStripped() {
        Map<String, String> forged = Map.of(
                IdentityHeaders.IDENTITY, IdentityHeaders.encodePayload(CRM_SESSION),
                IdentityHeaders.TIMESTAMP, Long.toString(System.currentTimeMillis()),
                IdentityHeaders.SIGNATURE, "forged",
                "X-Real-IP", "1.2.3.4");
        Answer answer = post("/mt/portal/apiDoc/queryList", forged);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("data").path("service").asText()).isEqualTo("svc-portal");
        JsonNode seen = answer.seen();
        assertThat(seen.has("x-nuoer-identity")).isFalse();
        assertThat(seen.has("x-nuoer-identity-ts")).isFalse();
        assertThat(seen.has("x-nuoer-identity-sig")).isFalse();
        assertThat(seen.path("x-real-ip").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void portalForwardsAValidSessionOfAnyAppAndIgnoresAnInvalidToken() {
        Map<String, String> headers = new LinkedHashMap<>(bearer(BEEBACK_TOKEN));
        headers.put(IdentityHeaders.IDENTITY, IdentityHeaders.encodePayload(CRM_SESSION));
        Answer withSession = post("/mt/portal/apiDoc/dealCollect", headers);
        assertThat(withSession.status()).isEqualTo(200);
        String payload = withSession.seen().path("x-nuoer-identity").asText();
        assertThat(IdentityHeaders.decodePayload(payload)).isEqualTo(BEEBACK_SESSION);
        assertThat(new IdentityHeaders(SECRET).verify(payload, withSession.seen().path("x-nuoer-identity-ts")
                .asText(), withSession.seen().path("x-nuoer-identity-sig").asText(), System.currentTimeMillis()))
                .isTrue();

        Answer invalid = call(HttpMethod.GET, "/mt/portal/apiDoc/categoryList", bearer("expired-token"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.seen().has("x-nuoer-identity")).isFalse();

        Answer anonymous = post("/mt/auth/login", Map.of());
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().path("data").path("service").asText()).isEqualTo("svc-customer");
        assertThat(anonymous.seen().has("x-nuoer-identity")).isFalse();

        Answer logout = post("/mt/auth/logout", bearer(CRM_TOKEN));
        assertThat(logout.status()).isEqualTo(200);
        assertThat(IdentityHeaders.decodePayload(logout.seen().path("x-nuoer-identity").asText()))
                .isEqualTo(CRM_SESSION);
    }

    // ---- (e) paths outside the table ------------------------------------------------------------------------

    @Test
    void internalUnknownAndAmbiguousPathsAre404Envelopes() throws Exception {
        assertEnvelope(call(HttpMethod.GET, "/internal/customer/x", Map.of()), 404, 40401);
        assertEnvelope(call(HttpMethod.GET, "/internal/customer/x", bearer(CRM_TOKEN)), 404, 40401);
        assertEnvelope(call(HttpMethod.GET, "/nope", Map.of()), 404, 40401);
        assertEnvelope(post("/mt/crm/no/such/api", bearer(CRM_TOKEN)), 404, 40401);
        assertEnvelope(post("/mt/nope", Map.of()), 404, 40401);
        // paths a servlet container would normalise to /internal/..., sent as they are (WebTestClient re-encodes)
        HttpClient http = HttpClient.newHttpClient();
        for (String raw : List.of("/mt/portal/../../internal/customer/x", "/mt/portal/%2e%2e/%2E%2E/internal/x",
                "/mt/portal/a%2f..%2f..%2finternal/x", "/mt/portal/..;/..;/internal/x", "/mt/portal/.%2e/x")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + raw)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(raw + " -> " + response.body()).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).path("code").asInt()).as(raw).isEqualTo(40401);
        }
    }

    // ---- (f) sliding TTL ------------------------------------------------------------------------------------

    @Test
    void aRequestResetsTheSessionTtl() {
        String key = "nuoer:session:" + CRM_TOKEN;
        redis.expire(key, Duration.ofSeconds(30)).block();
        assertThat(redis.getExpire(key).block()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(post("/mt/crm/sales/perf/list", bearer(CRM_TOKEN)).status()).isEqualTo(200);
        assertThat(redis.getExpire(key).block()).isBetween(Duration.ofSeconds(7100), Duration.ofSeconds(7200));
    }

    // ---- (g) dead service, timeout ---------------------------------------------------------------------------

    @Test
    void aDeadServiceIs503Envelope() {
        assertEnvelope(post("/mt/crm/deptContract/list", bearer(CRM_TOKEN)), 503, 50300);
        assertEnvelope(post("/mt/beeback/deptContract/list", bearer(BEEBACK_TOKEN)), 503, 50300);
        // the session check still comes first
        assertEnvelope(post("/mt/crm/deptContract/list", Map.of()), 401, 40100);
    }

    @Test
    void aSlowServiceIs504Envelope() {
        long started = System.nanoTime();
        assertEnvelope(post("/mt/portal/apiDoc/slow", Map.of()), 504, 50400);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(StubService.SLOW_MILLIS));
    }

    // ---- (h) trace id ---------------------------------------------------------------------------------------

    @Test
    void clientTraceIdIsEchoedAndForwarded() {
        String traceId = "trace-abc-12345678";
        Answer denied = post("/mt/crm/bill/list", Map.of("X-Trace-Id", traceId));
        assertEnvelope(denied, 401, 40100);
        assertThat(denied.body().path("traceId").asText()).isEqualTo(traceId);

        Map<String, String> headers = new LinkedHashMap<>(bearer(CRM_TOKEN));
        headers.put("X-Trace-Id", traceId);
        Answer ok = post("/mt/crm/bill/list", headers);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.seen().path("x-trace-id").asText()).isEqualTo(traceId);
        assertThat(ok.headers().get("X-Trace-Id")).containsExactly(traceId);

        // a malformed id (log injection) is replaced by a fresh one, sent downstream and back
        Answer replaced = post("/mt/portal/apiDoc/queryList", Map.of("X-Trace-Id", "bad id <script>"));
        String fresh = replaced.seen().path("x-trace-id").asText();
        assertThat(fresh).matches("[0-9a-f]{32}");
        assertThat(replaced.headers().get("X-Trace-Id")).containsExactly(fresh);
    }

    // ---- CORS ----------------------------------------------------------------------------------------------

    @Test
    void corsPreflightIsAnsweredWithoutAToken() {
        client.options().uri("/mt/crm/bill/list")
                .header(HttpHeaders.ORIGIN, "https://crm.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        client.post().uri("/mt/crm/bill/list").header(HttpHeaders.ORIGIN, "https://crm.example.com")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }

    // ---- actuator ------------------------------------------------------------------------------------------

    @Test
    void actuatorHealthAndPrometheusAreServedByTheGatewayItself() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
        assertEnvelope(call(HttpMethod.GET, "/actuator/gateway/routes", Map.of()), 404, 40401);
    }

    // ---- Sentinel -------------------------------------------------------------------------------------------

    @Test
    void flowRulesCoverEveryRouteAndTheLoginRoutePerClientIp() {
        // the 29 API routes of domain.md §1.3 + the ops reconciliation route + 6 public routes; the 7 api-docs-*
        // routes (Swagger UI) the same way
        Set<GatewayFlowRule> all = GatewayRuleManager.getRules();
        assertThat(all).filteredOn(rule -> rule.getResource().startsWith("api-docs-")).hasSize(7)
                .allSatisfy(rule -> assertThat(rule.getCount()).isEqualTo(500));
        Set<GatewayFlowRule> rules = all.stream().filter(rule -> !rule.getResource().startsWith("api-docs-"))
                .collect(Collectors.toSet());
        Set<String> resources = rules.stream().map(GatewayFlowRule::getResource).collect(Collectors.toSet());
        assertThat(resources).hasSize(36).contains("auth", "portal", "crm-customer", "sales-customer", "open-api",
                "open-pay",
                "crm-reconciliation");
        assertThat(rules).filteredOn(rule -> rule.getParamItem() == null && !rule.getResource().equals("open-api"))
                .hasSize(35).allSatisfy(rule -> assertThat(rule.getCount()).isEqualTo(500));
        assertThat(rules).filteredOn(rule -> rule.getResource().equals("open-api")).singleElement()
                .satisfies(rule -> assertThat(rule.getCount()).isEqualTo(8000));
        assertThat(rules).filteredOn(rule -> rule.getParamItem() != null).singleElement().satisfies(rule -> {
            assertThat(rule.getResource()).isEqualTo("auth");
            assertThat(rule.getCount()).isEqualTo(20);
            assertThat(rule.getParamItem().getParseStrategy())
                    .isEqualTo(SentinelGatewayConstants.PARAM_PARSE_STRATEGY_CLIENT_IP);
        });
    }

    @Test
    void aBlockedRequestIs429Envelope() {
        List<Answer> answers = burstUnderOneQps("enum-list", () -> post("/mt/crm/base/enumList", bearer(CRM_TOKEN)));
        assertThat(answers).anyMatch(a -> a.status() == 200);
    }

    /** Eight requests while the route's rule allows 1 QPS: some are refused with the 429 envelope. */
    List<Answer> burstUnderOneQps(String route, Supplier<Answer> request) {
        Set<GatewayFlowRule> saved = new HashSet<>(GatewayRuleManager.getRules());
        try {
            Set<GatewayFlowRule> strict = saved.stream().filter(rule -> !rule.getResource().equals(route))
                    .collect(Collectors.toCollection(HashSet::new));
            strict.add(new GatewayFlowRule(route).setCount(1).setIntervalSec(1));
            GatewayRuleManager.loadRules(strict);
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(request.get());
            }
            List<Answer> blocked = answers.stream().filter(a -> a.status() == 429).toList();
            assertThat(blocked).as(answers.stream().map(a -> a.status() + "").toList().toString()).isNotEmpty();
            assertEnvelope(blocked.get(0), 429, 42900);
            return answers;
        } finally {
            GatewayRuleManager.loadRules(saved);
        }
    }
}
