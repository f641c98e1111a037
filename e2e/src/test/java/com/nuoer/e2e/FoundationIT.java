package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 2 through the gateway on the packaged suite: every demo account logs in, sessions are answered, and the
 * gateway's 401 / 403 / 404 envelopes hold.
 */
@ExtendWith(SuiteExtension.class)
class FoundationIT {

    private static Gateway gateway;

    @BeforeAll
    static void connect(Suite suite) {
        gateway = new Gateway(suite);
    }

    @ParameterizedTest
    @ValueSource(strings = {"crm", "sales", "beeback"})
    void everyDemoAccountLogsInThroughTheGateway(String appcode) throws Exception {
        String[] account = Gateway.DEMO_ACCOUNTS.get(appcode);
        Gateway.Answer answer = gateway.post("/mt/auth/login", null,
                Map.of("appcode", appcode, "username", account[0], "password", account[1]));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isZero();
        assertThat(answer.data().path("stoken").asText()).isNotBlank();
        assertThat(answer.data().path("appcode").asText()).isEqualTo(appcode);
        assertThat(answer.data().path("username").asText()).isEqualTo(account[0]);
        assertThat(answer.body().path("traceId").asText()).isNotBlank();
        assertThat(answer.body().path("timestamp").asLong()).isPositive();
    }

    @Test
    void beebackSessionCarriesTheDeveloperAccount() throws Exception {
        String token = gateway.login("beeback");

        Gateway.Answer session = gateway.get("/mt/beeback/dept/querySession", token);
        Gateway.Answer refreshed = gateway.get("/mt/beeback/dept/querySession?mustRefresh=true", token);

        assertThat(session.code()).isZero();
        assertThat(session.data().path("stoken").asText()).isEqualTo(token);
        assertThat(session.data().path("deptId").asLong()).isPositive();
        assertThat(session.data().path("appId").asText()).isEqualTo("nuoer_demo_app01");
        assertThat(session.data().path("enterpriseName").asText()).isNotBlank();
        assertThat(refreshed.code()).isZero();
        assertThat(refreshed.data().path("deptId").asLong()).isEqualTo(session.data().path("deptId").asLong());
    }

    @Test
    void salesSessionCarriesTheSalesman() throws Exception {
        String token = gateway.login("sales");

        Gateway.Answer session = gateway.get("/mt/sales/login/querySession", token);

        assertThat(session.code()).isZero();
        assertThat(session.data().path("salesmanId").asLong()).isPositive();
        assertThat(session.data().path("roleType").asText()).isEqualTo("inner");
    }

    @Test
    void withoutATokenTheGatewayAnswers401() throws Exception {
        Gateway.Answer answer = gateway.get("/mt/sales/login/querySession", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo(40100);
        assertThat(answer.body().has("data")).isFalse();
    }

    @Test
    void aTokenOfAnotherAppIsRefusedWith403() throws Exception {
        String beeback = gateway.login("beeback");

        Gateway.Answer answer = gateway.get("/mt/sales/login/querySession", beeback);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo(40302);
    }

    @Test
    void unknownAndInternalPathsAre404Envelopes() throws Exception {
        String crm = gateway.login("crm");

        Gateway.Answer unknown = gateway.post("/mt/crm/no/such/endpoint", crm, Map.of());
        Gateway.Answer internal = gateway.get("/internal/customer/depts", crm);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(40401);
        assertThat(internal.status()).isEqualTo(404);
        assertThat(internal.code()).isEqualTo(40401);
    }

    @Test
    void badLoginsGetClearEnvelopes() throws Exception {
        Gateway.Answer wrongPassword = gateway.post("/mt/auth/login", null,
                Map.of("appcode", "crm", "username", "admin", "password", "not-the-password"));
        Gateway.Answer missing = gateway.post("/mt/auth/login", null, Map.of("appcode", "crm"));
        Gateway.Answer malformed = gateway.postRaw("/mt/auth/login", null, "{\"appcode\": \"crm\",", Map.of());

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo(40102);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo(40001);
        assertThat(missing.body().path("msg").asText()).contains("username").contains("password");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo(40002);
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        String token = gateway.login("sales");

        Gateway.Answer logout = gateway.post("/mt/auth/logout", token, Map.of());
        Gateway.Answer after = gateway.get("/mt/sales/login/querySession", token);

        assertThat(logout.code()).isZero();
        assertThat(after.status()).isEqualTo(401);
    }

    @Test
    void theTraceIdOfTheCallerIsEchoed() throws Exception {
        Gateway.Answer answer = gateway.postRaw("/mt/auth/login", null,
                "{\"appcode\":\"crm\",\"username\":\"nobody\",\"password\":\"x\"}",
                Map.of("X-Trace-Id", "e2etrace0123456789"));

        assertThat(answer.body().path("traceId").asText()).isEqualTo("e2etrace0123456789");
    }
}
