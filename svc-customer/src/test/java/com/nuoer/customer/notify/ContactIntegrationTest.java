package com.nuoer.customer.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.developer.Caller;
import com.nuoer.customer.developer.Fixtures;
import com.nuoer.customer.developer.Fixtures.Customer;
import com.nuoer.customer.iam.web.SignedIdentity;
import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Alert contacts: validated, scoped to the caller's organisation, and read by other services per organisation. */
@IntegrationTest
class ContactIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityHeaders signer;
    @Autowired
    JdbcTemplate jdbc;

    private Caller beeback(Customer c) {
        return Caller.beeback(c.userId(), c.organizationId(), null, http, json, signer);
    }

    private Long add(Customer c, Map<String, Object> body) {
        JsonNode added = beeback(c).post("/mt/beeback/forewarn/addContacts", body);
        assertThat(added.path("code").asInt()).as(added.toString()).isZero();
        return added.path("data").path("id").asLong();
    }

    @Test
    void contactsAreValidatedAndOnlyOneIsTheDefault() {
        Customer c = Fixtures.newCustomer(jdbc, "联系人测试", null);
        Long first = add(c, Map.of("linkman", "甲", "mobile", "13900000101", "isDefault", true));
        Long second = add(c, Map.of("linkman", "乙", "email", "b@demo-tech.example",
                "webhook", "https://hooks.example.com/x", "isDefault", true));

        JsonNode list = beeback(c).get("/mt/beeback/forewarn/queryAllContacts");
        assertThat(list.path("data")).hasSize(2);
        assertThat(list.path("data").get(0).path("id").asLong()).isEqualTo(first);
        assertThat(list.path("data").get(0).path("isDefault").asBoolean()).isFalse();
        assertThat(list.path("data").get(1).path("isDefault").asBoolean()).isTrue();
        assertThat(list.path("data").get(1).path("id").asLong()).isEqualTo(second);

        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("linkman", "丙", "mobile", "12345678901"),
                Map.of("linkman", "丙", "email", "not-an-address"),
                Map.of("linkman", "丙", "webhook", "ftp://hooks.example.com"),
                Map.of("linkman", "丙"))) {
            JsonNode refused = beeback(c).post("/mt/beeback/forewarn/addContacts", bad);
            assertThat(refused.path("code").asInt()).as(bad.toString()).isEqualTo(40001);
        }
    }

    @Test
    void aCustomerCannotReadOrChangeAnotherOrganisationsContacts() {
        Customer a = Fixtures.newCustomer(jdbc, "联系人甲", null);
        Customer b = Fixtures.newCustomer(jdbc, "联系人乙", null);
        Long contactOfA = add(a, Map.of("linkman", "甲联系人", "mobile", "13900000102"));

        assertThat(beeback(b).get("/mt/beeback/forewarn/queryAllContacts").path("data")).isEmpty();
        JsonNode delete = beeback(b).post("/mt/beeback/forewarn/deleteContacts", Map.of("id", contactOfA));
        assertThat(delete.path("code").asInt()).isEqualTo(40400);
        JsonNode update = beeback(b).post("/mt/beeback/forewarn/addContacts",
                Map.of("id", contactOfA, "linkman", "篡改", "mobile", "13900000103"));
        assertThat(update.path("code").asInt()).isEqualTo(40400);

        Map<String, Object> row = jdbc.queryForMap("select linkman, deleted from forewarn_contact where id = ?",
                contactOfA);
        assertThat(row.get("linkman")).isEqualTo("甲联系人");
        assertThat(row.get("deleted")).isEqualTo(false);

        // the owner deletes it; deleting again is a no-op success
        assertThat(beeback(a).post("/mt/beeback/forewarn/deleteContacts", Map.of("id", contactOfA))
                .path("code").asInt()).isZero();
        assertThat(beeback(a).post("/mt/beeback/forewarn/deleteContacts", Map.of("id", contactOfA))
                .path("code").asInt()).isZero();
        assertThat(beeback(a).get("/mt/beeback/forewarn/queryAllContacts").path("data")).isEmpty();
    }

    @Test
    void theInternalApiAnswersOnlyContactsOfTheGivenOrganisation() throws Exception {
        Customer a = Fixtures.newCustomer(jdbc, "内部甲", null);
        Customer b = Fixtures.newCustomer(jdbc, "内部乙", null);
        Long ca = add(a, Map.of("linkman", "甲", "mobile", "13900000104"));
        Long cb = add(b, Map.of("linkman", "乙", "mobile", "13900000105"));

        HttpHeaders service = SignedIdentity.of(SessionInfo.service("svc-wallet"), json, signer,
                System.currentTimeMillis());
        String answer = http.exchange("/internal/customer/contacts?organizationId=" + a.organizationId() + "&ids="
                + ca + "," + cb, HttpMethod.GET, new HttpEntity<>(service), String.class).getBody();
        JsonNode data = json.readTree(answer).path("data");
        assertThat(data).hasSize(1);
        assertThat(data.get(0).path("id").asLong()).isEqualTo(ca);
        assertThat(data.get(0).path("mobile").asText()).isEqualTo("13900000104");

        String anonymous = http.getForObject("/internal/customer/contacts?organizationId=" + a.organizationId(),
                String.class);
        assertThat(json.readTree(anonymous).path("code").asInt()).isEqualTo(40100);
    }
}
