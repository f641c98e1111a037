package com.nuoer.customer.directorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.customer.developer.Caller;
import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Direct organisations, and the demo data of this part (repeatable; no developer secret left in clear). */
@IntegrationTest
class DirectOrgIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityHeaders signer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private Caller crm() {
        return Caller.crm(List.of("ops"), List.of(MenuCodes.CRM_CUSTOMER), http, json, signer);
    }

    @Test
    void addingIsIdempotentForTheSameCodeAndNameAndRefusedForAnotherName() {
        String code = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonNode first = crm().post("/mt/crm/customer/organization/add", Map.of("orgCode", code, "orgName", "测试直客"));
        assertThat(first.path("code").asInt()).as(first.toString()).isZero();
        JsonNode again = crm().post("/mt/crm/customer/organization/add", Map.of("orgCode", code, "orgName", "测试直客"));
        assertThat(again.path("data").path("id").asLong()).isEqualTo(first.path("data").path("id").asLong());
        JsonNode other = crm().post("/mt/crm/customer/organization/add", Map.of("orgCode", code, "orgName", "别的直客"));
        assertThat(other.path("code").asInt()).isEqualTo(40920);
        JsonNode bad = crm().post("/mt/crm/customer/organization/add", Map.of("orgCode", "含 空格", "orgName", "x"));
        assertThat(bad.path("code").asInt()).isEqualTo(40001);

        JsonNode list = Caller.sales(2L, false, http, json, signer).post("/mt/sales/customer/organization/list",
                Map.of("pageNo", 1, "pageSize", 10, "keyword", code));
        assertThat(list.path("data").path("total").asLong()).isEqualTo(1);
        assertThat(list.path("data").path("results").get(0).path("orgName").asText()).isEqualTo("测试直客");
        assertThat(list.path("data").path("results").get(0).has("createDate")).isTrue();
    }

    @Test
    void demoDataIsRepeatableAndNoDeveloperSecretIsStoredInClear() {
        String counts = "select (select count(*) from user_account where id between 301 and 399) || ',' ||"
                + " (select count(*) from dept where id between 301 and 399) || ',' ||"
                + " (select count(*) from forewarn_contact where id between 301 and 399) || ',' ||"
                + " (select count(*) from direct_org where id between 301 and 399) || ',' ||"
                + " (select count(*) from message_template where id between 301 and 399) || ',' ||"
                + " (select count(*) from message_record where id between 301 and 399)";
        String before = jdbc.queryForObject(counts, String.class);
        assertThat(before).isEqualTo("1,1,4,3,6,3");
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/R__demo_data_notify.sql")).execute(dataSource);
        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from dept where app_secret not like 'enc:v1:%'", Long.class))
                .isZero();
    }
}
