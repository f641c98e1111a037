package com.nuoer.customer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.AuditRecorded;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.developer.Caller;
import com.nuoer.customer.developer.DeveloperService;
import com.nuoer.customer.developer.Fixtures;
import com.nuoer.customer.developer.Fixtures.Customer;
import com.nuoer.customer.iam.LoginService;
import com.nuoer.customer.iam.sms.SmsCodeService;
import com.nuoer.customer.iam.sms.SmsScene;
import com.nuoer.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log (issue 15) against the real database and Redis: a whitelist change writes its AuditRecorded event in
 * its own transaction (none when it rolls back), the consumer stores it once however often it is delivered, ops
 * page and filter it (menu crm:audit; others 403); and the login / SMS rate limits with their 429xx codes.
 */
@IntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityHeaders signer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DeveloperService developers;
    @Autowired
    AuditEventListeners.CustomerAudit listener;
    @Autowired
    AuditLog auditLog;
    @Autowired
    LoginService loginService;
    @Autowired
    SmsCodeService smsCodes;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    java.time.Clock clock;

    private Caller crmAdmin() {
        return Caller.crm(List.of("admin"), List.of(), http, json, signer);
    }

    private Long prodDept(Customer c) {
        JsonNode applied = Caller.beeback(c.userId(), c.organizationId(), null, http, json, signer)
                .post("/mt/beeback/dept/applyDeveloper", Map.of("env", "prod"));
        assertThat(applied.path("code").asInt()).as(applied.toString()).isZero();
        return jdbc.queryForObject("select id from dept where organization_id = ? and env = 'prod'", Long.class,
                c.organizationId());
    }

    private List<Map<String, Object>> auditEvents(Object targetId) {
        return jdbc.queryForList("""
                select event_id, payload::text as payload, trace_id from outbox_event
                where event_type = 'AuditRecorded' and topic = 'customer-event' and aggregate_id = ? order by id""",
                String.valueOf(targetId));
    }

    private MessageExt message(String eventId, String payload) throws Exception {
        EventEnvelope envelope = new EventEnvelope(eventId, EventTypes.AUDIT_RECORDED, LocalDateTime.now(), "1",
                UUID.randomUUID().toString().replace("-", ""), json.readTree(payload));
        MessageExt m = new MessageExt();
        m.setTopic(Topics.CUSTOMER_EVENT);
        m.setTags(EventTypes.AUDIT_RECORDED);
        m.setMsgId(eventId);
        m.setBody(json.writeValueAsBytes(envelope));
        return m;
    }

    @Test
    void aWhitelistChangeIsAuditedInItsTransactionStoredOnceAndQueryableByOps() throws Exception {
        Customer c = Fixtures.newCustomer(jdbc, "审计白名单科技", null);
        Long deptId = prodDept(c);
        assertThat(auditEvents(deptId)).hasSize(1); // dept.open

        JsonNode saved = crmAdmin().post("/mt/crm/customer/saveWhiteIpList",
                Map.of("deptId", deptId, "enable", true, "ipList", "10.1.2.3,10.1.2.4"));
        assertThat(saved.path("code").asInt()).as(saved.toString()).isZero();

        List<Map<String, Object>> events = auditEvents(deptId);
        assertThat(events).hasSize(2);
        JsonNode open = json.readTree(events.get(0).get("payload").toString());
        assertThat(open.path("action").asText()).isEqualTo("dept.open");
        assertThat(open.path("after").path("appSecret").asText()).isEqualTo("******");
        JsonNode entry = json.readTree(events.get(1).get("payload").toString());
        assertThat(entry.path("action").asText()).isEqualTo("dept.whiteIpList");
        assertThat(entry.path("targetType").asText()).isEqualTo("dept");
        assertThat(entry.path("before").path("whiteIpList").asText()).isEqualTo("off");
        assertThat(entry.path("after").path("whiteIpList").asText()).isEqualTo("10.1.2.3,10.1.2.4");
        assertThat(entry.path("operatorId").asLong()).isEqualTo(1L);
        assertThat(entry.path("operatorName").asText()).isEqualTo("it-crm");
        assertThat(entry.path("operatorApp").asText()).isEqualTo("crm");
        assertThat(entry.path("service").asText()).isEqualTo("svc-customer");
        assertThat(entry.path("changed").toString()).contains("whiteIpList");

        // a change that rolls back leaves no audit entry
        SessionInfo admin = new SessionInfo("l", "t", 1L, "it-crm", null, null, 1L, null, null, null, null, null,
                "crm", "crm", null, null, null, null, null, null, 1L, null, null, null, null, null, null, false, null,
                null, false, null, null, null, null, null, null, null, List.of("admin"), List.of());
        SessionContext.runAs(new SessionContext.Identity(admin, "x"), () -> tx.executeWithoutResult(status -> {
            developers.saveWhiteIpList(admin, deptId, true, "10.9.9.9");
            assertThat(auditEvents(deptId)).hasSize(3); // written inside the transaction ...
            status.setRollbackOnly();
        }));
        assertThat(auditEvents(deptId)).as("... and gone with it").hasSize(2);
        assertThat(jdbc.queryForObject("select white_ip_list from dept where id = ?", String.class, deptId))
                .isEqualTo("10.1.2.3,10.1.2.4");

        // delivered twice (and once more under another event id): one row
        String eventId = events.get(1).get("event_id").toString();
        listener.onMessage(message(eventId, events.get(1).get("payload").toString()));
        listener.onMessage(message(eventId, events.get(1).get("payload").toString()));
        listener.onMessage(message(UUID.randomUUID().toString(), events.get(1).get("payload").toString()));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where audit_id = ?", Long.class,
                entry.path("auditId").asText())).isEqualTo(1L);

        JsonNode page = crmAdmin().post("/mt/crm/audit/list",
                Map.of("targetType", "dept", "targetId", String.valueOf(deptId), "action", "dept.whiteIpList"));
        assertThat(page.path("code").asInt()).as(page.toString()).isZero();
        JsonNode results = page.path("data").path("results");
        assertThat(results).hasSize(1);
        JsonNode row = results.get(0);
        assertThat(row.path("before").path("whiteIpList").asText()).isEqualTo("off");
        assertThat(row.path("after").path("whiteIpList").asText()).isEqualTo("10.1.2.3,10.1.2.4");
        assertThat(row.path("operatorName").asText()).isEqualTo("it-crm");
        assertThat(row.path("occurredAt").asText()).isNotBlank();

        JsonNode one = crmAdmin().get("/mt/crm/audit/" + row.path("id").asLong());
        assertThat(one.path("code").asInt()).isZero();
        assertThat(one.path("data").path("auditId").asText()).isEqualTo(entry.path("auditId").asText());
        assertThat(crmAdmin().get("/mt/crm/audit/999999999").path("code").asInt()).isEqualTo(40400);
    }

    @Test
    void listPagesNewestFirstAndFilters() {
        String target = "t-" + UUID.randomUUID();
        LocalDateTime base = LocalDateTime.of(2026, 1, 10, 9, 0);
        for (int i = 0; i < 3; i++) {
            auditLog.append(new AuditRecorded(UUID.randomUUID().toString(), "svc-wallet",
                    i == 2 ? "wallet.overdraft" : "wallet.recharge", "wallet", target, 77L, "ops-" + i, "crm", null,
                    null, null, null, "203.0.113.1", "trace", json.valueToTree(Map.of("balance", i)),
                    json.valueToTree(Map.of("balance", i + 1)), List.of("balance"), base.plusHours(i)));
        }
        JsonNode first = crmAdmin().post("/mt/crm/audit/list", Map.of("targetId", target, "pageSize", 2));
        assertThat(first.path("data").path("total").asLong()).isEqualTo(3);
        assertThat(first.path("data").path("hasNext").asBoolean()).isTrue();
        assertThat(first.path("data").path("results").get(0).path("operatorName").asText()).isEqualTo("ops-2");

        JsonNode recharges = crmAdmin().post("/mt/crm/audit/list", Map.of("targetId", target,
                "action", "wallet.recharge", "operatorId", 77, "appcode", "crm", "service", "svc-wallet"));
        assertThat(recharges.path("data").path("total").asLong()).isEqualTo(2);

        JsonNode window = crmAdmin().post("/mt/crm/audit/list", Map.of("targetId", target,
                "startTime", "2026-01-10 09:30:00", "endTime", "2026-01-10 10:30:00"));
        assertThat(window.path("data").path("results")).hasSize(1);
        assertThat(window.path("data").path("results").get(0).path("operatorName").asText()).isEqualTo("ops-1");

        JsonNode bad = crmAdmin().post("/mt/crm/audit/list", Map.of("startTime", "2026-01-11 00:00:00",
                "endTime", "2026-01-10 00:00:00"));
        assertThat(bad.path("code").asInt()).isEqualTo(40000);
    }

    @Test
    void onlyCrmSessionsWithTheAuditMenuMayRead() {
        JsonNode ops01 = Caller.crm(List.of("operator"), List.of("crm:index", "crm:customer"), http, json, signer)
                .post("/mt/crm/audit/list", Map.of());
        assertThat(ops01.path("code").asInt()).isEqualTo(40300);
        JsonNode auditor = Caller.crm(List.of("auditor"), List.of("crm:audit"), http, json, signer)
                .post("/mt/crm/audit/list", Map.of());
        assertThat(auditor.path("code").asInt()).as(auditor.toString()).isZero();
        JsonNode beeback = Caller.beeback(3L, 100001L, null, http, json, signer).post("/mt/crm/audit/list", Map.of());
        assertThat(beeback.path("code").asInt()).isBetween(40300, 40399);
        assertThat(jdbc.queryForObject("select count(*) from page_menu where appcode = 'crm' and code = 'crm:audit'",
                Long.class)).isEqualTo(1L);
    }

    @Test
    void anIpOverTheLoginFailureLimitIsRefusedEvenWithTheRightPassword() {
        String ip = "198.51.100." + (int) (Math.random() * 200 + 1) + "-" + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> loginService.login("crm", "ops01", "wrong-password", ip))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.code()).isEqualTo(40102));
        assertThat(redis.opsForValue().get("nuoer:login-ip-failures:" + ip)).isEqualTo("1");
        assertThat(redis.getExpire("nuoer:login-ip-failures:" + ip)).isPositive();
        redis.opsForValue().set("nuoer:login-ip-failures:" + ip, "100");
        assertThatThrownBy(() -> loginService.login("crm", "ops01", "Ops@123", ip))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.code()).isEqualTo(42911));
        // another IP is not affected
        assertThat(loginService.login("crm", "ops01", "Ops@123", ip + "x").userId()).isEqualTo(1001L);
    }

    @Test
    void smsCodesAreLimitedPerMobileAndDayAndPerIpAndHour() {
        Customer c = Fixtures.newCustomer(jdbc, "短信限流科技", null);
        SessionInfo caller = new SessionInfo("l", "t", c.userId(), "u", null, null, c.organizationId(), null,
                c.organizationId(), null, null, null, "beeback", "beeback", null, null, null, null, null, null, 1L,
                null, null, null, null, null, null, false, null, null, false, null, null, null, null, null, null, null,
                List.of(), List.of());
        MockHttpServletRequest request = new MockHttpServletRequest();
        String ip = "192.0.2." + UUID.randomUUID().toString().substring(0, 8);
        request.addHeader("X-Real-IP", ip);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            String mobile = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
            redis.opsForValue().set("nuoer:sms-code:daily-mobile:" + mobile + ":" + LocalDate.now(clock), "10");
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> smsCodes.send(caller, SmsScene.BIND_MOBILE, mobile)))
                    .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.code()).isEqualTo(42910));

            String other = "138" + String.format("%08d", (long) (Math.random() * 100_000_000L));
            redis.keys("nuoer:sms-code:daily:" + c.userId() + ":*").forEach(redis::delete);
            redis.opsForValue().set("nuoer:sms-code:hourly-ip:" + ip + ":"
                    + LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.HOURS), "30");
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> smsCodes.send(caller, SmsScene.BIND_MOBILE, other)))
                    .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.code()).isEqualTo(42912));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
