package com.nuoer.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.contract.projection.CustomerEventListener;
import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.MutableClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared base of svc-contract's integration tests (one Spring context): calls with gateway-signed identities of
 * the demo users, fresh customers/accounts/products delivered through the real customer-event listener, and
 * look-ups in the outbox.
 */
@IntegrationTest
@Import(TestClockConfig.class)
public abstract class ContractIntegrationSupport {

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected IdentityHeaders identity;
    @Autowired
    protected ObjectMapper objectMapper;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected CustomerEventListener customerEvents;

    protected static final Map<String, Map<String, Object>> SESSIONS = Map.of(
            "admin", Map.of("userId", 1, "username", "admin", "appcode", "crm", "roles", List.of("admin"),
                    "menus", List.of()),
            "ops01", Map.of("userId", 1001, "username", "ops01", "appcode", "crm", "roles", List.of("operator"),
                    "menus", List.of("crm:index", "crm:customer")),
            "sales01", Map.of("userId", 2, "username", "sales01", "appcode", "sales", "salesmanId", 2,
                    "isAppManage", false, "roles", List.of("salesman")),
            "sales02", Map.of("userId", 202, "username", "sales02", "appcode", "sales", "salesmanId", 202,
                    "isAppManage", false, "roles", List.of("salesman")),
            "demo", Map.of("userId", 3, "username", "demo", "appcode", "beeback", "deptId", 1, "enterpriseId", 1),
            "demo2", Map.of("userId", 301, "username", "demo2", "appcode", "beeback", "deptId", 301,
                    "enterpriseId", 301));

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected HttpHeaders headers(String who) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (who != null) {
            try {
                identity.headersFor(objectMapper.writeValueAsString(SESSIONS.get(who)), clock.millis())
                        .forEach(headers::set);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return headers;
    }

    protected JsonNode post(String who, String path, Object body) {
        ResponseEntity<String> r = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(who)),
                String.class);
        return read(r.getBody());
    }

    protected JsonNode get(String who, String path) {
        ResponseEntity<String> r = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(who)), String.class);
        return read(r.getBody());
    }

    protected JsonNode read(String body) {
        try {
            return objectMapper.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** Asserts code 0 and returns data. */
    protected JsonNode ok(JsonNode envelope) {
        assertThat(envelope.path("code").asInt()).as(envelope.toString()).isZero();
        return envelope.path("data");
    }

    protected static String pathOf(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** A new customer of {@code assistantId} with one account and two opened, unsigned products. */
    public record Fixture(long orgId, long deptId, long item1, long item2, String mobile) {
    }

    protected Fixture newCustomer(long assistantId) {
        long base = 50_000_000L + ThreadLocalRandom.current().nextLong(40_000_000L) * 10;
        String mobile = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Fixture f = new Fixture(base, base, base + 1, base + 2, mobile);
        long version = System.currentTimeMillis();
        deliver(EventTypes.CUSTOMER_CHANGED, base, new CustomerChanged(base, base, base, "测试客户" + base + "有限公司",
                "测试" + base, null, mobile, "王测试", mobile, "t" + base + "@test.example", 10, 20, null, "FINANCE",
                assistantId, false, version, LocalDateTime.now(clock)));
        deliver(EventTypes.DEPT_CHANGED, base, new DeptChanged(base, base, base, "测试客户" + base + "有限公司",
                "app" + base, null, "prod", 1, "off", 1));
        deliver(EventTypes.DEPT_ITEM_CHANGED, f.item1(), item(f, f.item1(), "ID2_CHECK", "身份证二要素核验", 10, 1));
        deliver(EventTypes.DEPT_ITEM_CHANGED, f.item2(), item(f, f.item2(), "MOBILE3_CHECK", "手机三要素核验", 10, 1));
        return f;
    }

    protected DeptItemChanged item(Fixture f, long id, String checkItem, String name, int state, long version) {
        return new DeptItemChanged(id, f.deptId(), f.orgId(), f.orgId(), f.orgId(), checkItem, name, false, null,
                state, 1, 10, null, new BigDecimal("0.3500"), null, 0, null, null, null, List.of(), false,
                LocalDateTime.now(clock), version);
    }

    /** Hands an event to the listener exactly as RocketMQ would. */
    protected void deliver(String type, Object aggregateId, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), type, LocalDateTime.now(clock),
                String.valueOf(aggregateId), "test", objectMapper.valueToTree(payload));
        MessageExt message = new MessageExt();
        try {
            message.setBody(objectMapper.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        message.setTopic("customer-event");
        message.setMsgId(envelope.eventId());
        customerEvents.onMessage(message);
    }

    protected List<Long> unsignedIds(String who, long deptId) {
        String prefix = who.startsWith("sales") ? "/mt/sales/contract" : "/mt/crm/deptContract";
        JsonNode data = ok(post(who, prefix + "/unsignedDeptItemList", Map.of("deptId", deptId)));
        return data.findValues("deptItemId").stream().map(JsonNode::asLong).toList();
    }

    protected Map<String, Object> itemLine(long id, String checkItem, String name) {
        Map<String, Object> line = new HashMap<>();
        line.put("deptItemId", id);
        line.put("checkItem", checkItem);
        line.put("itemName", name);
        line.put("showFee", "0.35元/次");
        line.put("feeType", "查询计费");
        return line;
    }

    /** preSubmit (seq 0, given products) as {@code who}; returns the answer's data. */
    protected JsonNode preSubmit(String who, Fixture f, int seq, List<Map<String, Object>> items) {
        String prefix = who.startsWith("sales") ? "/mt/sales/contract" : "/mt/crm/deptContract";
        return ok(post(who, prefix + "/preSubmit", Map.of("deptId", f.deptId(), "contractName", "测试合作协议",
                "seq", seq, "fillDataList", List.of(Map.of("key", "contactName", "value", "王测试")),
                "deptItemList", items)));
    }

    protected JsonNode submit(String who, Fixture f, String contractNo) {
        String prefix = who.startsWith("sales") ? "/mt/sales/contract" : "/mt/crm/deptContract";
        return post(who, prefix + "/submit", Map.of("deptId", f.deptId(), "contractNo", contractNo,
                "mobile", f.mobile()));
    }

    /** Outbox payloads of one type for one aggregate, oldest first. */
    protected List<JsonNode> outbox(String type, String aggregateId) {
        return jdbc.queryForList("select payload::text from outbox_event where event_type = ? and aggregate_id = ?"
                        + " order by occurred_at, event_id", String.class, type, aggregateId)
                .stream().map(this::read).toList();
    }

    protected String flowIdOf(String contractNo) {
        return jdbc.queryForObject("select flow_id from dept_contract where contract_no = ?", String.class, contractNo);
    }

    protected int stateOf(String contractNo) {
        return jdbc.queryForObject("select state from dept_contract where contract_no = ?", Integer.class, contractNo);
    }
}
