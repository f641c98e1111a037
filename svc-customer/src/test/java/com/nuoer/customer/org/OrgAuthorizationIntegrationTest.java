package com.nuoer.customer.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;

/**
 * Scoping of the organisation part: a salesman sees only his own customers and applications (others answer like
 * unknown ids), a beeback user cannot reach crm endpoints, an operator without the menu gets 403.
 * Demo data: sales01 (userId 2) maintains organisation 201 and applications 201-203, 205; sales02 (202) maintains
 * organisation 202 and application 204.
 */
@IntegrationTest
class OrgAuthorizationIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    IdentityHeaders identityHeaders;

    OrgApi api;

    @BeforeEach
    void setUp() {
        api = new OrgApi(http, redis, objectMapper, identityHeaders);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("results").forEach(r -> ids.add(r.path("organizationId").asLong()));
        return ids;
    }

    @Test
    void aSalesmanCannotSeeAnotherSalesmansCustomerOrApplication() {
        HttpHeaders sales01 = api.as("sales", "sales01", "Sales@123");
        HttpHeaders sales02 = api.as("sales", "sales02", "Sales@123");

        assertThat(ids(api.ok(api.post("/mt/sales/customer/list", Map.of("nonPage", true), sales01))))
                .contains(201L).doesNotContain(202L);
        assertThat(ids(api.ok(api.post("/mt/sales/customer/list", Map.of("nonPage", true), sales02))))
                .containsExactly(202L);
        api.ok(api.get("/mt/sales/customer/detail/201", sales01));
        JsonNode foreign = api.get("/mt/sales/customer/detail/201", sales02);
        assertThat(foreign.path("code").asInt()).isEqualTo(40400);
        assertThat(foreign.path("_status").asInt()).isEqualTo(404);
        assertThat(foreign.has("data")).isFalse();
        assertThat(api.get("/mt/sales/customer/detail/202", sales01).path("code").asInt()).isEqualTo(40400);

        api.ok(api.post("/mt/sales/customer/applyDetail", Map.of("applyId", 204), sales02));
        assertThat(api.post("/mt/sales/customer/applyDetail", Map.of("applyId", 204), sales01).path("code").asInt())
                .isEqualTo(40400);
        assertThat(api.post("/mt/sales/customer/applyDetail", Map.of("applyNo", "RA20260901000205"), sales02)
                .path("code").asInt()).isEqualTo(40400);
        JsonNode applies = api.ok(api.post("/mt/sales/customer/applyList", Map.of("nonPage", true), sales02));
        applies.path("results").forEach(a -> assertThat(a.path("salesmanId").asLong()).isEqualTo(202L));
        assertThat(applies.path("total").asLong()).isPositive();

        // resubmitting another salesman's application is refused like an unknown one
        Map<String, Object> form = OrgApi.form("武汉江城小额贷款有限公司", "91420106MA4K5L6M7N", "13971000304");
        form.put("applyId", 204);
        assertThat(api.post("/mt/sales/customer/register", form, sales01).path("code").asInt()).isEqualTo(40400);
    }

    @Test
    void aBeebackUserCannotReachCrmEndpoints() {
        HttpHeaders demo = api.as("beeback", "demo", "Demo@123");
        for (String path : List.of("/mt/crm/customer/list", "/mt/crm/customer/applyList",
                "/mt/crm/customer/auth/list", "/mt/crm/marketing/cust/list")) {
            JsonNode r = api.post(path, Map.of(), demo);
            assertThat(r.path("_status").asInt()).as(path).isEqualTo(403);
            assertThat(r.has("data")).isFalse();
        }
        assertThat(api.get("/mt/crm/customer/detail/1", demo).path("_status").asInt()).isEqualTo(403);
        assertThat(api.post("/mt/sales/customer/list", Map.of(), demo).path("_status").asInt()).isEqualTo(403);
    }

    @Test
    void anOperatorWithoutTheMenuGets403() {
        HttpHeaders onlyAuth = api.asModified("crm", "admin", "Admin@123", s -> {
            s.putArray("roles").add("auditor");
            s.putArray("menus").add("crm:customer:auth");
        });
        api.ok(api.post("/mt/crm/customer/auth/list", Map.of(), onlyAuth));
        for (String path : List.of("/mt/crm/customer/list", "/mt/crm/customer/applyList",
                "/mt/crm/customer/registerAudit", "/mt/crm/marketing/list", "/mt/crm/customer/delete")) {
            JsonNode r = api.post(path, Map.of("applyNo", "RA20261121000202", "auditType", "pass",
                    "organizationId", 203), onlyAuth);
            assertThat(r.path("code").asInt()).as(path).isEqualTo(40300);
        }
        assertThat(api.get("/mt/crm/customer/detail/1", onlyAuth).path("code").asInt()).isEqualTo(40300);
    }
}
