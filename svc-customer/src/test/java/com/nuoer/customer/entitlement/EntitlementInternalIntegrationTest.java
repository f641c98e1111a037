package com.nuoer.customer.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.entitlement.catalog.Catalog;
import com.nuoer.customer.iam.web.SignedIdentity;
import com.nuoer.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The internal endpoints of contracts-s2.md, the catalogue copy's version rule and the xlsx export. */
@IntegrationTest
class EntitlementInternalIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityHeaders signer;
    @Autowired
    Catalog catalog;

    private JsonNode get(String path) throws Exception {
        HttpHeaders h = SignedIdentity.of(SessionInfo.service("svc-apicall"), json, signer, System.currentTimeMillis());
        ResponseEntity<String> r = http.exchange(path, HttpMethod.GET, new HttpEntity<>(h), String.class);
        return json.readTree(r.getBody());
    }

    @Test
    void internalAnswersForOtherServices() throws Exception {
        JsonNode dept = get("/internal/customer/dept/byAppId/nuoer_demo_app01");
        assertThat(dept.path("data").path("deptId").asLong()).isEqualTo(1L);
        assertThat(dept.path("data").path("organizationId").asLong()).isEqualTo(1L);
        assertThat(dept.path("data").path("appSecretEncrypted").asText()).startsWith("enc:v1:");
        assertThat(get("/internal/customer/dept/byAppId/no_such_app").path("code").asInt()).isEqualTo(40400);

        JsonNode snapshots = get("/internal/customer/deptItem/snapshots?deptId=201").path("data");
        List<Long> ids = new ArrayList<>();
        snapshots.forEach(s -> ids.add(s.path("deptItemId").asLong()));
        assertThat(ids).contains(6L, 7L, 14L, 15L, 16L);
        snapshots.forEach(s -> {
            if (s.path("deptItemId").asLong() == 15L) {
                assertThat(s.path("fusionDeptItemId").asLong()).isEqualTo(14L);
            }
        });

        assertThat(get("/internal/customer/checkItem/ID2_CHECK/openedCount").path("data").asLong())
                .isGreaterThanOrEqualTo(3L);
        JsonNode codes = get("/internal/customer/deptItem/checkItems?deptId=1").path("data");
        List<String> held = new ArrayList<>();
        codes.forEach(c -> held.add(c.asText()));
        assertThat(held).contains("ID2_CHECK", "MOBILE3_CHECK", "MOBILE_ONLINE_TIME", "ENT_BASIC", "ID3_FACE");
    }

    @Test
    void catalogueCopyKeepsTheHighestVersionAndRefusesUnknownCodes() {
        String code = "TEST_PRODUCT_" + System.nanoTime();
        assertThat(catalog.apply(new CheckItemChanged(code, "测试产品", 100, 10, 1, 10, new BigDecimal("0.5"),
                new BigDecimal("0.3"), true, false, List.of(), 10, List.of(1), 0, 0, 2))).isTrue();
        assertThat(catalog.apply(new CheckItemChanged(code, "旧名字", 100, 10, 1, 10, new BigDecimal("0.9"),
                new BigDecimal("0.3"), true, false, List.of(), 10, List.of(1), 0, 0, 1))).isFalse();
        assertThat(catalog.require(code).itemName()).isEqualTo("测试产品");
        assertThat(catalog.find("NO_SUCH_CODE")).isEmpty();
        try {
            catalog.require("NO_SUCH_CODE");
            throw new AssertionError("unknown code accepted");
        } catch (com.nuoer.common.error.BizException e) {
            assertThat(e.code()).isEqualTo(40460);
        }
    }

    @Test
    void exportStreamsAnXlsxWithTheListsFilters() throws Exception {
        Api api = new Api(http, redis, json, signer);
        HttpHeaders h = new HttpHeaders();
        h.addAll(api.as("crm", "admin", "Admin@123"));
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<byte[]> r = http.exchange("/mt/crm/customer/deptItem/export", HttpMethod.POST,
                new HttpEntity<>(Map.of("deptIdList", List.of(201)), h), byte[].class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getFirst("Content-Disposition")).startsWith("attachment");
        List<String> depts = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.getBody()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("产品编码");
            rows.stream().skip(1).forEach(row -> depts.add(row.getCellText(1)));
        }
        assertThat(depts).isNotEmpty().containsOnly("201");
    }
}
