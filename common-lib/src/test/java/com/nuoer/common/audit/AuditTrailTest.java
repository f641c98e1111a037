package com.nuoer.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.AuditRecorded;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.trace.TraceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class AuditTrailTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:03:04Z"), SHANGHAI);
    private final AuditTrail trail = new AuditTrail(null, new ObjectMapper().registerModule(new JavaTimeModule()),
            clock, "svc-wallet", "wallet-event");

    record Upstream(String name, String reqKey, String reqSecret, Map<String, Object> extra) {
    }

    @AfterEach
    void clear() {
        SessionContext.clear();
        TraceContext.clear();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void secretsAreMaskedAtAnyDepthButNullsStayNull() {
        AuditRecorded e = trail.entry("upstream.edit", "upstream", 7L,
                new Upstream("u1", "k-old", null, Map.of("appSecret", "s-1", "newPassword", "p", "url", "http://x")),
                new Upstream("u1", "k-new", "rs", Map.of("appSecret", "s-2", "newPassword", "p2", "url", "http://y")));
        String json = e.before().toString() + e.after();
        assertThat(json).doesNotContain("k-old", "k-new", "rs\"", "s-1", "s-2", "\"p\"", "p2")
                .contains("http://x", "http://y");
        assertThat(e.before().get("reqKey").asText()).isEqualTo(AuditTrail.MASK);
        assertThat(e.before().get("reqSecret").isNull()).isTrue();
        assertThat(e.after().get("reqSecret").asText()).isEqualTo(AuditTrail.MASK);
        assertThat(e.after().get("extra").get("appSecret").asText()).isEqualTo(AuditTrail.MASK);
        // a changed secret shows as changed (by name only), its values never
        assertThat(e.changed()).containsExactly("reqKey", "reqSecret", "extra");
        assertThat(AuditTrail.isSecretField("password")).isTrue();
        assertThat(AuditTrail.isSecretField("stoken")).isTrue();
        assertThat(AuditTrail.isSecretField("req_secret")).isTrue();
        assertThat(AuditTrail.isSecretField("balance")).isFalse();
        assertThat(AuditTrail.isSecretField("whiteIps")).isFalse();
    }

    @Test
    void whoWhenAndWhereComeFromSessionClockTraceAndGatewayIp() {
        SessionInfo admin = new SessionInfo("L1", "tok", 11L, "admin", "管理员", null, 1L, null, 5L, "企业", null, null,
                "crm", "crm", null, null, null, null, null, null, null, null, null, null, null, null, null, false, null,
                null, false, null, null, 9L, null, null, null, 3L, List.of("admin"), List.of());
        SessionContext.set(new SessionContext.Identity(admin, "p"));
        TraceContext.set("trace-0001");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.1");
        request.addHeader("X-Real-IP", "203.0.113.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        AuditRecorded e = trail.entry("wallet.recharge", "wallet", 42L,
                Map.of("balance", new BigDecimal("1.00")), Map.of("balance", new BigDecimal("11.00")));

        assertThat(e.operatorId()).isEqualTo(11L);
        assertThat(e.operatorName()).isEqualTo("admin");
        assertThat(e.operatorApp()).isEqualTo("crm");
        assertThat(e.staffId()).isEqualTo(3L);
        assertThat(e.enterpriseId()).isEqualTo(5L);
        assertThat(e.deptId()).isEqualTo(9L);
        assertThat(e.clientIp()).isEqualTo("203.0.113.9");
        assertThat(e.traceId()).isEqualTo("trace-0001");
        assertThat(e.occurredAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 3, 4));
        assertThat(e.service()).isEqualTo("svc-wallet");
        assertThat(e.targetId()).isEqualTo("42");
        assertThat(e.changed()).containsExactly("balance");
        assertThat(e.before().get("balance").decimalValue()).isEqualByComparingTo("1.00");
    }

    @Test
    void withoutSessionTheServiceIsTheOperator() {
        AuditRecorded e = trail.entry("wallet.create", "wallet", 1L, null, Map.of("balance", 0));
        assertThat(e.operatorId()).isNull();
        assertThat(e.operatorName()).isEqualTo("system:svc-wallet");
        assertThat(e.operatorApp()).isEqualTo(SessionInfo.SERVICE_APPCODE);
        assertThat(e.clientIp()).isNull();
        assertThat(e.before()).isNull();
        assertThat(e.changed()).containsExactly("balance");

        SessionContext.set(new SessionContext.Identity(SessionInfo.service("svc-billing"), "p"));
        assertThat(trail.entry("wallet.credit", "wallet", 1L, null, null).operatorName())
                .isEqualTo("system:svc-billing");
    }

    @Test
    void recordRefusesMissingActionAndNeedsATopic() {
        assertThatThrownBy(() -> trail.entry(" ", "wallet", 1L, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Topics.ofService("svc-wallet")).isEqualTo("wallet-event");
        assertThat(Topics.ofService("svc-customer")).isEqualTo("customer-event");
        assertThat(Topics.ofService("svc-portal")).isNull();
    }
}
