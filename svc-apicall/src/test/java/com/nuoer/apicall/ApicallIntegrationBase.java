package com.nuoer.apicall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared wiring of svc-apicall's integration tests (one Spring context for all of them). */
@IntegrationTest
public abstract class ApicallIntegrationBase {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected IdentityHeaders signer;
    @Autowired
    protected JdbcTemplate jdbc;

    protected Api crm() {
        return Api.crm(List.of(MenuCodes.CRM_CHECK_ITEM), http, json, signer);
    }

    protected Api crmWithoutMenu() {
        return Api.crm(List.of(MenuCodes.CRM_BILL), http, json, signer);
    }

    protected Api sales() {
        return Api.sales(201L, http, json, signer);
    }

    protected Api service() {
        return Api.service("svc-apicall-peer", http, json, signer);
    }

    /** A product code no other test (or run) uses. */
    protected static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** Adds a product through crm and asserts success; returns its code. */
    protected String addProduct(String code, Map<String, Object> extra) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("checkItem", code);
        body.put("itemName", "测试产品" + code.substring(code.length() - 4));
        body.put("checkType", 100);
        body.put("feeType", 10);
        body.put("price", 0.5);
        body.put("floorPrice", 0.3);
        body.putAll(extra);
        JsonNode r = crm().post("/mt/crm/checkItem/add", body);
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        return code;
    }

    protected long outboxCount(String eventType, String aggregateId) {
        return jdbc.queryForObject("select count(*) from outbox_event where event_type = ? and aggregate_id = ?",
                Long.class, eventType, aggregateId);
    }
}
