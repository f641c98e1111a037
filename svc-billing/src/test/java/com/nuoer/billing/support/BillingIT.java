package com.nuoer.billing.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.billing.usage.ApicallEventListener;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.MutableClock;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of svc-billing's integration tests: one shared context on the real engines (database nuoer_billing_it, demo
 * data loaded) with a {@link MutableClock}. Usage is delivered through the real listener (inbox included), HTTP
 * calls carry a gateway-signed session (signed at the clock's time, as the identity filter checks it).
 */
@IntegrationTest
@TestPropertySource(properties = "nuoer.db.name=nuoer_billing_it")
@Import(BillingIT.ClockConfig.class)
public abstract class BillingIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfig {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected ObjectMapper json;
    @Autowired protected TestRestTemplate http;
    @Autowired protected IdentityHeaders signer;
    @Autowired protected MutableClock clock;
    @Autowired protected Clock anyClock;
    @Autowired protected ApicallEventListener apicallListener;

    /** Delivers an event as RocketMQ would hand it to the listener; returns the eventId. */
    protected String deliverUsage(String eventId, Object payload) {
        JsonNode body = json.valueToTree(payload);
        EventEnvelope envelope = new EventEnvelope(eventId, EventTypes.USAGE_AGGREGATED, LocalDateTime.now(clock),
                "usage", UUID.randomUUID().toString().replace("-", ""), body);
        MessageExt m = new MessageExt();
        m.setTopic(Topics.APICALL_EVENT);
        m.setTags(EventTypes.USAGE_AGGREGATED);
        m.setMsgId(UUID.randomUUID().toString());
        try {
            m.setBody(json.writeValueAsBytes(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        apicallListener.onMessage(m);
        return eventId;
    }

    /** A caller of one app with the given session fields. */
    protected Caller caller(Map<String, Object> fields) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("loginId", UUID.randomUUID().toString());
        s.put("stoken", UUID.randomUUID().toString());
        s.put("username", "it");
        s.put("loginAppCode", fields.get("appcode"));
        s.put("tenantId", 1);
        s.putAll(fields);
        return new Caller(s);
    }

    protected Caller crm() {
        return caller(Map.of("appcode", "crm", "userId", 1, "roles", List.of("finance"), "menus", List.of("crm:bill")));
    }

    /** ops01 of the demo: role operator, menus 首页 + 客户列表 only. */
    protected Caller ops01() {
        return caller(Map.of("appcode", "crm", "userId", 1001, "roles", List.of("operator"),
                "menus", List.of("crm:index", "crm:customer")));
    }

    protected Caller sales(long salesmanId) {
        return caller(Map.of("appcode", "sales", "userId", salesmanId, "salesmanId", salesmanId,
                "isAppManage", false, "roles", List.of("salesman"), "menus", List.of()));
    }

    protected Caller beeback(long organizationId, long deptId, long userId) {
        return caller(Map.of("appcode", "beeback", "userId", userId, "enterpriseId", organizationId,
                "merchantId", organizationId, "deptId", deptId));
    }

    public final class Caller {
        private final Map<String, Object> session;

        Caller(Map<String, Object> session) {
            this.session = session;
        }

        public JsonNode post(String path, Object body) {
            return call(HttpMethod.POST, path, body);
        }

        public JsonNode get(String path) {
            return call(HttpMethod.GET, path, null);
        }

        public ResponseEntity<byte[]> download(String path, Object body) {
            try {
                return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), byte[].class);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        private JsonNode call(HttpMethod method, String path, Object body) {
            try {
                ResponseEntity<String> r = http.exchange(path, method, new HttpEntity<>(body, headers()),
                        String.class);
                JsonNode node = json.readTree(r.getBody());
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("httpStatus", r.getStatusCode().value());
                return node;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        private HttpHeaders headers() throws Exception {
            HttpHeaders h = new HttpHeaders();
            signer.headersFor(json.writeValueAsString(session), clock.millis()).forEach(h::set);
            h.setContentType(MediaType.APPLICATION_JSON);
            return h;
        }
    }
}
