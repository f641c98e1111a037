package com.nuoer.customer.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.customer.developer.Caller;
import com.nuoer.customer.developer.Fixtures;
import com.nuoer.customer.developer.Fixtures.Customer;
import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15: secrets are stored encrypted or hashed and never written to the log. Representative flows — logins with
 * right and wrong passwords, a temporary password, opening a developer account and revealing its appSecret, a
 * whitelist change (audited) — run with the log captured; none of the secrets appears in it, nor in the audit
 * events, and the stored forms are hashes / ciphertexts.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityHeaders signer;
    @Autowired
    JdbcTemplate jdbc;

    private JsonNode login(String appcode, String username, String password) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("X-Real-IP", "192.0.2.77");
        String body = http.exchange("/mt/auth/login", HttpMethod.POST, new HttpEntity<>(
                Map.of("appcode", appcode, "username", username, "password", password), headers), String.class)
                .getBody();
        return json.readTree(body);
    }

    @Test
    void passwordsAndAppSecretsNeverReachTheLogOrTheAuditEvents(CapturedOutput output) throws Exception {
        String wrong = "Wr0ng-Secret-Pass!";
        assertThat(login("crm", "ops01", wrong).path("code").asInt()).isEqualTo(40102);
        JsonNode ok = login("crm", "ops01", "Ops@123");
        assertThat(ok.path("code").asInt()).isZero();
        String stoken = ok.path("data").path("stoken").asText();

        Caller admin = Caller.crm(List.of("admin"), List.of(), http, json, signer);
        Customer c = Fixtures.newCustomer(jdbc, "密钥日志科技", null);
        Caller owner = Caller.beeback(c.userId(), c.organizationId(), null, http, json, signer);
        assertThat(owner.post("/mt/beeback/dept/applyDeveloper", Map.of("env", "prod")).path("code").asInt()).isZero();
        JsonNode info = owner.post("/mt/beeback/dept/developerInfo", Map.of("env", "prod"));
        String appSecret = info.path("data").get(0).path("appSecret").asText();
        assertThat(appSecret).hasSizeGreaterThan(20);
        Long deptId = jdbc.queryForObject("select id from dept where organization_id = ? and env = 'prod'",
                Long.class, c.organizationId());
        assertThat(admin.post("/mt/crm/customer/saveWhiteIpList",
                Map.of("deptId", deptId, "enable", true, "ipList", "10.7.7.7")).path("code").asInt()).isZero();

        JsonNode temp = admin.post("/mt/crm/sys/genTempPasswd", Map.of("userId", c.userId()));
        String tempPassword = temp.path("data").asText();
        assertThat(tempPassword).isNotBlank();

        // stored: hashes and ciphertext only
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'ops01'", String.class))
                .startsWith("$2").doesNotContain("Ops@123");
        assertThat(jdbc.queryForObject("select app_secret from dept where id = ?", String.class, deptId))
                .startsWith("enc:").doesNotContain(appSecret);
        assertThat(jdbc.queryForObject("select count(*) from temp_password where password_sha256 = ?", Long.class,
                tempPassword)).isZero();

        // never in the log, never in an audit entry
        String audits = String.join("\n", jdbc.queryForList(
                "select payload::text from outbox_event where event_type = 'AuditRecorded'", String.class));
        for (String secret : List.of(wrong, "Ops@123", appSecret, tempPassword, stoken)) {
            assertThat(output.getAll()).as("log output").doesNotContain(secret);
            assertThat(audits).as("audit entries").doesNotContain(secret);
        }
    }
}
