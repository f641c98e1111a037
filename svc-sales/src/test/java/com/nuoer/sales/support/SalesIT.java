package com.nuoer.sales.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.sales.projection.ApicallEventListener;
import com.nuoer.sales.projection.BillingEventListener;
import com.nuoer.sales.projection.CustomerEventListener;
import com.nuoer.testsupport.IntegrationTest;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of svc-sales' integration tests: one shared context on the real engines (database nuoer_sales_it, demo data
 * loaded). Events are delivered through the real listeners (inbox included); fresh ids keep tests independent.
 */
@IntegrationTest
@TestPropertySource(properties = "nuoer.db.name=nuoer_sales_it")
public abstract class SalesIT {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);

    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected ObjectMapper json;
    @Autowired protected TestRestTemplate http;
    @Autowired protected IdentityHeaders signer;
    @Autowired protected CustomerEventListener customerListener;
    @Autowired protected ApicallEventListener apicallListener;
    @Autowired protected BillingEventListener billingListener;

    protected static long newId() {
        return IDS.incrementAndGet();
    }

    /** A message as RocketMQ hands it to a listener. */
    protected MessageExt message(String topic, String eventId, String type, Object aggregateId, Object payload) {
        JsonNode body = json.valueToTree(payload);
        EventEnvelope envelope = new EventEnvelope(eventId, type, LocalDateTime.now(), String.valueOf(aggregateId),
                UUID.randomUUID().toString().replace("-", ""), body);
        MessageExt m = new MessageExt();
        m.setTopic(topic);
        m.setTags(type);
        m.setMsgId(UUID.randomUUID().toString());
        try {
            m.setBody(json.writeValueAsBytes(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /** A fresh inner salesman (user = staff = id). */
    protected long newSalesman() {
        long id = newId();
        jdbc.update("insert into staff_view (staff_id, user_id, name, mobile, appcode) values (?, ?, ?, '13800009999', "
                + "'sales')", id, id, "测试销售" + id);
        jdbc.update("insert into salesman (salesman_id, salesman_staff_id, salesman_name, mobile, role_type) "
                + "values (?, ?, ?, '13800009999', 'inner')", id, id, "测试销售" + id);
        return id;
    }

    /** A fresh customer with one developer account (dept id = org id). */
    protected long newCustomer() {
        long org = newId();
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, state, join_time)
                values (?, ?, ?, ?, 10, now())""", org, org, org, "测试客户" + org);
        jdbc.update("insert into dept_view (dept_id, organization_id, dept_name, env) values (?, ?, ?, 'prod')", org,
                org, "测试客户" + org);
        return org;
    }

    protected long outboxCount(String type, Object aggregateId) {
        return jdbc.queryForObject("select count(*) from outbox_event where event_type = ? and aggregate_id = ?",
                Long.class, type, String.valueOf(aggregateId));
    }

    protected Caller crm(List<String> menus) {
        return new Caller(Map.of("appcode", "crm", "userId", 1, "roles", List.of("ops"), "menus", menus));
    }

    protected Caller crm() {
        return crm(List.of("crm:sales"));
    }

    protected Caller sales(long salesmanId) {
        return new Caller(Map.of("appcode", "sales", "userId", salesmanId, "salesmanId", salesmanId,
                "isAppManage", false, "roleType", "inner", "roles", List.of("salesman"), "menus", List.of()));
    }

    /** Calls the service with a gateway-signed session, exactly as the gateway forwards it. */
    public final class Caller {

        private final Map<String, Object> session = new LinkedHashMap<>();

        Caller(Map<String, Object> fields) {
            session.put("loginId", UUID.randomUUID().toString());
            session.put("stoken", UUID.randomUUID().toString());
            session.put("username", "it");
            session.put("loginAppCode", fields.get("appcode"));
            session.put("tenantId", 1);
            session.putAll(fields);
        }

        public JsonNode post(String path, Object body) {
            return call(HttpMethod.POST, path, body);
        }

        public JsonNode get(String path) {
            return call(HttpMethod.GET, path, null);
        }

        private JsonNode call(HttpMethod method, String path, Object body) {
            try {
                HttpHeaders h = new HttpHeaders();
                signer.headersFor(json.writeValueAsString(session), System.currentTimeMillis()).forEach(h::set);
                h.setContentType(MediaType.APPLICATION_JSON);
                h.setAccept(List.of(MediaType.APPLICATION_JSON));
                ResponseEntity<String> r = http.exchange(path, method, new HttpEntity<>(body, h), String.class);
                JsonNode node = json.readTree(r.getBody());
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("httpStatus", r.getStatusCode().value());
                return node;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
