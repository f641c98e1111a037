package com.nuoer.apicall.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.forewarn.client.ForewarnContactClient.Contact;
import com.nuoer.common.messaging.OutboxPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * F12a: failures counted in a sliding window fire an alert once when errorCount is reached, not again within the
 * period, and again after it; notices go to every channel of each contact through the outbox. The engine is built
 * from the context's collaborators with a stub contact lookup (svc-customer does not run in tests).
 */
class ForewarnEvaluatorIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OutboxPublisher outbox;
    @Autowired
    Clock clock;
    @Autowired
    ForewarnEvaluator contextEvaluator;

    private final AtomicBoolean customerUp = new AtomicBoolean(true);
    private final List<List<Long>> lookups = new ArrayList<>();
    private ForewarnNotifier notifier;
    private ForewarnEvaluator evaluator;
    private long deptId;

    private static final List<Contact> CONTACTS = List.of(
            new Contact(301L, 1L, "张演示", "13900000001", "demo@demo-tech.example",
                    "https://hooks.demo-tech.example/nuoer/alerts", true),
            new Contact(302L, 1L, "王运维", "13900000011", "ops@demo-tech.example", null, false));

    @BeforeEach
    void engine() {
        ContactLookup lookup = (org, ids) -> {
            lookups.add(ids);
            return customerUp.get() ? Optional.of(CONTACTS.stream().filter(c -> ids.contains(c.id())).toList())
                    : Optional.empty();
        };
        notifier = new ForewarnNotifier(jdbc, tx, lookup, outbox, json, clock);
        evaluator = new ForewarnEvaluator(jdbc, redis, notifier, json, clock);
        deptId = 800_000 + ThreadLocalRandom.current().nextInt(100_000);
    }

    private void rule(String checkItem, int periodSeconds, int errorCount, String contacts) {
        jdbc.update("""
                insert into forewarn_item (dept_id, organization_id, dept_name, check_item, period_seconds, error_count,
                                           contact_ids, create_by, create_date, update_date)
                values (?, 1, '杭州演示科技有限公司', ?, ?, ?, cast(? as jsonb), 3, now(), now())""",
                deptId, checkItem, periodSeconds, errorCount, contacts);
    }

    private long alerts() {
        return jdbc.queryForObject("select count(*) from forewarn_alert where dept_id = ?", Long.class, deptId);
    }

    private long notices() {
        return outboxCount("SendNotice", String.valueOf(deptId));
    }

    @Test
    void alertFiresOnceWhenTheThresholdIsCrossedNotAgainWithinThePeriodThenAgainAfterIt() throws Exception {
        rule("ID2_CHECK", 60, 3, "[301, 302]");
        Instant t = Instant.parse("2026-03-20T02:00:00Z");

        evaluator.onCallFinished(deptId, "ID2_CHECK", false, t);
        evaluator.onCallFinished(deptId, "ID2_CHECK", true, t.plusMillis(500));
        evaluator.onCallFinished(deptId, "ID2_CHECK", false, t.plusSeconds(1));
        assertThat(alerts()).as("2 failures < errorCount 3").isZero();

        evaluator.onCallFinished(deptId, "ID2_CHECK", false, t.plusSeconds(2));
        assertThat(alerts()).as("third failure crosses the threshold").isEqualTo(1);
        // contact 301: sms + email + webhook, 302: sms + email
        assertThat(notices()).isEqualTo(5);
        var alert = jdbc.queryForMap("select * from forewarn_alert where dept_id = ?", deptId);
        assertThat(alert.get("notice_state")).isEqualTo(ForewarnNotifier.NOTIFIED);
        assertThat(alert.get("fail_count")).isEqualTo(3);
        assertThat(alert.get("fired_at")).isEqualTo(java.sql.Timestamp.valueOf(
                LocalDateTime.ofInstant(t.plusSeconds(2), clock.getZone())));
        String payload = jdbc.queryForObject("""
                select payload::text from outbox_event where event_type = 'SendNotice' and aggregate_id = ?
                and payload->>'channel' = 'sms' and payload->>'receiver' = '13900000001'""",
                String.class, String.valueOf(deptId));
        JsonNode notice = json.readTree(payload);
        assertThat(notice.path("templateCode").asText()).isEqualTo("API_ERROR_ALERT");
        assertThat(notice.path("params").path("itemName").asText()).isEqualTo("身份证二要素核验");
        assertThat(notice.path("params").path("minutes").asText()).isEqualTo("1");
        assertThat(notice.path("params").path("errorCount").asText()).isEqualTo("3");
        assertThat(notice.path("params").path("deptName").asText()).isEqualTo("杭州演示科技有限公司");
        assertThat(notice.path("bizKey").asText()).startsWith("api-error:").endsWith(":301:sms");

        for (int s = 3; s <= 60; s += 3) {
            evaluator.onCallFinished(deptId, "ID2_CHECK", false, t.plusSeconds(s));
        }
        assertThat(alerts()).as("muted for one period after firing").isEqualTo(1);
        assertThat(notices()).isEqualTo(5);

        // one period after the first alert (t+2s+60s) the failures still in the window fire again
        evaluator.onCallFinished(deptId, "ID2_CHECK", false, t.plusSeconds(62));
        assertThat(alerts()).as("fires again after the period").isEqualTo(2);
        assertThat(notices()).isEqualTo(10);
    }

    @Test
    void successesAndProductsWithoutARuleNeverAlert() {
        rule("MOBILE3_CHECK", 60, 2, "[301]");
        Instant t = Instant.parse("2026-03-20T03:00:00Z");
        for (int i = 0; i < 20; i++) {
            evaluator.onCallFinished(deptId, "MOBILE3_CHECK", true, t.plusSeconds(i));
            evaluator.onCallFinished(deptId, "ID2_CHECK", false, t.plusSeconds(i));
        }
        assertThat(alerts()).isZero();
        assertThat(redis.hasKey(ForewarnEvaluator.WINDOW_PREFIX + deptId + ":ID2_CHECK:60")).isFalse();
    }

    @Test
    void failuresOlderThanThePeriodLeaveTheWindow() {
        rule("MOBILE3_CHECK", 10, 3, "[302]");
        Instant t = Instant.parse("2026-03-20T04:00:00Z");
        evaluator.onCallFinished(deptId, "MOBILE3_CHECK", false, t);
        evaluator.onCallFinished(deptId, "MOBILE3_CHECK", false, t.plusSeconds(5));
        evaluator.onCallFinished(deptId, "MOBILE3_CHECK", false, t.plusSeconds(11));
        assertThat(alerts()).as("the first failure is 11 s old: only 2 in the 10 s window").isZero();
        evaluator.onCallFinished(deptId, "MOBILE3_CHECK", false, t.plusSeconds(12));
        assertThat(alerts()).isEqualTo(1);
        assertThat(notices()).isEqualTo(2);
    }

    @Test
    void anAlertWhoseContactsCannotBeResolvedIsKeptPendingAndSentLater() {
        rule("ID2_CHECK", 60, 1, "[301]");
        customerUp.set(false);
        evaluator.onCallFinished(deptId, "ID2_CHECK", false, Instant.parse("2026-03-20T05:00:00Z"));
        assertThat(alerts()).isEqualTo(1);
        long alertId = jdbc.queryForObject("select id from forewarn_alert where dept_id = ?", Long.class, deptId);
        assertThat(jdbc.queryForObject("select notice_state from forewarn_alert where id = ?", Integer.class, alertId))
                .isEqualTo(ForewarnNotifier.PENDING);
        assertThat(notices()).isZero();

        customerUp.set(true);
        assertThat(notifier.dispatch(alertId)).isEqualTo(3);
        assertThat(notifier.dispatch(alertId)).as("sent once").isZero();
        assertThat(jdbc.queryForObject("select notice_state from forewarn_alert where id = ?", Integer.class, alertId))
                .isEqualTo(ForewarnNotifier.NOTIFIED);
        assertThat(notices()).isEqualTo(3);
    }

    @Test
    void theContextsEvaluatorRecordsTheAlertEvenWhenSvcCustomerIsUnreachable() {
        rule("ID3_FACE", 60, 1, "[301]");
        contextEvaluator.onCallFinished(deptId, "ID3_FACE", false, Instant.parse("2026-03-20T06:00:00Z"));
        assertThat(alerts()).isEqualTo(1);
        assertThat(notices()).isZero();
    }
}
