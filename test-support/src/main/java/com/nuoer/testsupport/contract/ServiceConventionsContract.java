package com.nuoer.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.trace.TraceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * The conventions every servlet service inherits from common-lib, checked against the running service over real
 * HTTP (random port, real PostgreSQL/Redis/RocketMQ of test-support). A service adopts it with one line:
 *
 * <pre>{@code
 * @IntegrationTest
 * class WalletConventionsTest extends ServiceConventionsContract {
 * }
 * }</pre>
 *
 * <p>Identities are built exactly as the gateway does: the session JSON, base64url encoded, signed with
 * {@link IdentityHeaders} and the shared secret {@code nuoer.security.identity-secret}.
 */
public abstract class ServiceConventionsContract {

    /** A well-formed trace id (accepted by {@code TraceContext.acceptOrCreate}). */
    protected static final String TRACE_ID = "abcdef0123456789";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ObjectMapper objectMapper;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected HealthEndpoint healthEndpoint;

    @Value("${nuoer.security.identity-secret}")
    protected String identitySecret;

    // ---- 1. health ----

    @Test
    void healthIsUpIncludingDatabaseAndRedis() throws Exception {
        Reply health = get("/actuator/health", Map.of());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");

        // the components (show-details is "never" over HTTP, so asked through the endpoint itself)
        HealthComponent db = healthEndpoint.healthForPath("db");
        assertThat(db).as("db health contributor").isNotNull();
        assertThat(db.getStatus()).isEqualTo(Status.UP);
        if (usesRedis()) {
            HealthComponent r = healthEndpoint.healthForPath("redis");
            assertThat(r).as("redis health contributor").isNotNull();
            assertThat(r.getStatus()).isEqualTo(Status.UP);
        }
    }

    // ---- 2. Flyway applied common-lib's V0_1 ----

    @Test
    void flywayAppliedTheCommonOutboxInboxAndShedlockTables() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_name in ('outbox_event', 'consumed_event', 'shedlock')
                order by table_name""", String.class);
        assertThat(tables).containsExactly("consumed_event", "outbox_event", "shedlock");
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '0.1' and success", Integer.class);
        assertThat(applied).isEqualTo(1);
    }

    // ---- 3. no identity on a front-end path ----

    @Test
    void frontEndPathWithoutIdentityIsRefusedWith40100Envelope() throws Exception {
        Reply reply = post("/mt/crm/anything", Map.of());
        assertThat(reply.status()).isEqualTo(401);
        assertEnvelope(reply, 40100);
    }

    // ---- 4. signed crm identity: wrong app and unknown route ----

    @Test
    void crmIdentityOnABeebackPathIsRefusedWith40302() throws Exception {
        Reply reply = post("/mt/beeback/anything", signed(crmSession()));
        assertThat(reply.status()).isEqualTo(403);
        assertEnvelope(reply, 40302);
    }

    @Test
    void crmIdentityOnAnUnknownCrmPathAnswers40401Envelope() throws Exception {
        Reply reply = post("/mt/crm/nope", signed(crmSession()));
        assertThat(reply.status()).isEqualTo(404);
        assertEnvelope(reply, 40401);

        Reply viaGet = get("/mt/crm/nope", signed(crmSession()));
        assertThat(viaGet.status()).isEqualTo(404);
        assertEnvelope(viaGet, 40401);
    }

    // ---- 5. forged signature ----

    @Test
    void forgedIdentitySignatureIsRefusedWith40105() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(signed(crmSession()));
        long ts = Long.parseLong(headers.get(IdentityHeaders.TIMESTAMP));
        headers.put(IdentityHeaders.SIGNATURE, new IdentityHeaders("a-different-secret-of-the-attacker")
                .sign(headers.get(IdentityHeaders.IDENTITY), ts));
        Reply reply = post("/mt/crm/anything", headers);
        assertThat(reply.status()).isEqualTo(401);
        assertEnvelope(reply, 40105);

        // a correctly signed payload that was tampered with afterwards is just as forged
        Map<String, String> tampered = new LinkedHashMap<>(signed(crmSession()));
        tampered.put(IdentityHeaders.IDENTITY, IdentityHeaders.encodePayload(
                "{\"userId\":1,\"appcode\":\"crm\",\"roles\":[\"admin\"]}"));
        Reply tamperedReply = post("/mt/crm/anything", tampered);
        assertThat(tamperedReply.status()).isEqualTo(401);
        assertEnvelope(tamperedReply, 40105);
    }

    // ---- 6. trace id echoed ----

    @Test
    void incomingTraceIdIsEchoedInTheEnvelopeAndHeader() throws Exception {
        Reply reply = post("/mt/crm/anything", Map.of(TraceContext.HEADER, TRACE_ID));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("traceId").asText()).isEqualTo(TRACE_ID);
        assertThat(reply.headers().firstValue(TraceContext.HEADER)).hasValue(TRACE_ID);

        Reply notFound = get("/mt/crm/nope", withTrace(signed(crmSession())));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().path("traceId").asText()).isEqualTo(TRACE_ID);
    }

    // ---- 7. OpenAPI ----

    @Test
    void openApiDocsAreServed() throws Exception {
        Reply reply = get("/v3/api-docs", Map.of());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("openapi").asText()).startsWith("3.");
    }

    // ---- 8. internal paths need a signed identity (a service's is enough) ----

    @Test
    void internalPathWithoutIdentityIsRefusedWith40100() throws Exception {
        Reply reply = get("/internal/anything", Map.of());
        assertThat(reply.status()).isEqualTo(401);
        assertEnvelope(reply, 40100);
    }

    @Test
    void internalPathWithSignedServiceIdentityPassesAuthAndAnswers40401() throws Exception {
        Reply reply = get("/internal/anything", signed(SessionInfo.service("svc-test")));
        assertThat(reply.status()).isEqualTo(404);
        assertEnvelope(reply, 40401);
    }

    // ---- helpers (usable by subclasses for their own checks) ----

    /** True when the service has a Redis connection (spring-data-redis on its class path and a connection factory). */
    protected boolean usesRedis() {
        String type = "org.springframework.data.redis.connection.RedisConnectionFactory";
        ClassLoader loader = context.getClassLoader();
        if (!ClassUtils.isPresent(type, loader)) {
            return false;
        }
        return context.getBeanNamesForType(ClassUtils.resolveClassName(type, loader)).length > 0;
    }

    /** A crm staff session as svc-customer stores it and the gateway forwards it. */
    protected SessionInfo crmSession() throws IOException {
        return objectMapper.readValue("""
                {"loginId":"contract-test","userId":1,"username":"contract-test","merchantId":1,
                 "loginAppCode":"crm","appcode":"crm","appName":"诺尔数据运营管理后台","staffId":1,"roles":["admin"]}""",
                SessionInfo.class);
    }

    /** The three identity headers for {@code session}, signed now with the service's secret. */
    protected Map<String, String> signed(SessionInfo session) throws IOException {
        return new IdentityHeaders(identitySecret)
                .headersFor(objectMapper.writeValueAsString(session), System.currentTimeMillis());
    }

    protected static Map<String, String> withTrace(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(TraceContext.HEADER, TRACE_ID);
        return copy;
    }

    /** The error envelope: the code, a message, a non-empty traceId, a numeric timestamp and no {@code data}. */
    protected static void assertEnvelope(Reply reply, int code) {
        JsonNode json = reply.json();
        assertThat(json.path("code").asInt(-1)).as("envelope code in %s", reply.body()).isEqualTo(code);
        assertThat(json.path("msg").asText()).as("msg in %s", reply.body()).isNotBlank();
        assertThat(json.path("traceId").asText()).as("traceId in %s", reply.body()).isNotBlank();
        assertThat(json.path("timestamp").isIntegralNumber()).as("numeric timestamp in %s", reply.body()).isTrue();
        assertThat(json.path("timestamp").asLong()).isPositive();
        assertThat(json.has("data")).as("no data in %s", reply.body()).isFalse();
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/json"));
    }

    protected Reply get(String path, Map<String, String> headers) throws Exception {
        return send(request(path, headers).GET().build());
    }

    protected Reply post(String path, Map<String, String> headers) throws Exception {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        headers.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers(), objectMapper);
    }

    /** An HTTP answer; {@link #json()} parses the body. */
    protected record Reply(int status, String body, java.net.http.HttpHeaders headers, ObjectMapper mapper) {

        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
            }
        }
    }
}
