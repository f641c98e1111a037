package com.nuoer.apicall.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.common.config.JacksonConventions;
import com.nuoer.common.messaging.EventTypes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** changeState: confirmation first, immediate changes, pending changes applied exactly once, notices. */
class StateChangeIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    StateChangeService stateChanges;
    @Autowired
    StateChangeJob job;
    @Autowired
    Clock clock;

    private static final List<Map<String, Object>> CUSTOMERS = List.of(
            Map.of("deptId", 1, "userId", 100, "deptName", "杭州演示科技有限公司", "mobile", "13900000001",
                    "email", "ops@demo-tech.example"),
            Map.of("deptId", 2, "deptName", "宁波甬城数据有限公司", "mobile", "13757400002"));

    private Map<String, Object> request(String code, int state, LocalDateTime effectTime, Boolean confirmed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkItem", code);
        body.put("state", state);
        body.put("noticeScope", 10);
        body.put("noticeMethods", List.of("sms", "email"));
        body.put("noticeCustomers", CUSTOMERS);
        body.put("note", "上游维护完成");
        if (effectTime != null) {
            body.put("effectTime", JacksonConventions.DATETIME.format(effectTime));
        }
        if (confirmed != null) {
            body.put("confirmed", confirmed);
        }
        return body;
    }

    private int state(String code) {
        return jdbc.queryForObject("select state from check_item where check_item = ?", Integer.class, code);
    }

    private long notices(long changeId) {
        return jdbc.queryForObject("select count(*) from outbox_event where event_type = ? and aggregate_id like ?",
                Long.class, EventTypes.SEND_NOTICE, "checkItemState:" + changeId + ":%");
    }

    @Test
    void withoutConfirmationNothingChangesAndThePreviewSaysTheHolderCountIsUnknown() {
        String code = addProduct(uniqueCode("IT_CONF"), Map.of());
        JsonNode r = crm().post("/mt/crm/checkItem/changeState", request(code, 10, null, null));
        assertThat(r.path("_status").asInt()).isEqualTo(409);
        assertThat(r.path("code").asInt()).isEqualTo(40910);
        assertThat(r.path("msg").asText()).contains("已下架", "已上架", "立即生效", "未知");
        JsonNode preview = r.path("data");
        assertThat(preview.path("openedCountKnown").asBoolean()).isFalse();
        assertThat(preview.has("openedCount")).isFalse();
        assertThat(preview.path("noticeCount").asInt()).isEqualTo(3);
        assertThat(preview.path("applied").asBoolean()).isFalse();
        assertThat(state(code)).isEqualTo(-1);
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from check_item_state_change where check_item = ?",
                Long.class, code)).isZero();
    }

    @Test
    void aConfirmedImmediateChangeAppliesPublishesAndNotifiesKnownCustomers() {
        String code = addProduct(uniqueCode("IT_NOW"), Map.of());
        JsonNode r = crm().post("/mt/crm/checkItem/changeState", request(code, 10, null, true));
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        assertThat(r.path("data").path("applied").asBoolean()).isTrue();
        assertThat(state(code)).isEqualTo(10);
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(2);
        long changeId = r.path("data").path("changeId").asLong();
        // customer 1: sms + email, customer 2: sms only (no e-mail known)
        assertThat(notices(changeId)).isEqualTo(3);
        String sms = jdbc.queryForObject("select payload::text from outbox_event where aggregate_id = ?",
                String.class, "checkItemState:" + changeId + ":2:sms");
        assertThat(sms).contains("13757400002", "已上架", "产品状态变更通知");

        // the same state again changes nothing (idempotent)
        JsonNode again = crm().post("/mt/crm/checkItem/changeState", request(code, 10, null, true));
        assertThat(again.path("code").asInt()).isZero();
        assertThat(again.path("data").path("applied").asBoolean()).isFalse();
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(2);
    }

    @Test
    void aFutureChangeIsPendingThenAppliedExactlyOnceByConcurrentRuns() throws Exception {
        String code = addProduct(uniqueCode("IT_LATER"), Map.of());
        LocalDateTime effect = LocalDateTime.now(clock).plusHours(1).withNano(0);
        JsonNode r = crm().post("/mt/crm/checkItem/changeState", request(code, 10, effect, true));
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        assertThat(r.path("data").path("immediate").asBoolean()).isFalse();
        assertThat(r.path("data").path("applied").asBoolean()).isFalse();
        long changeId = r.path("data").path("changeId").asLong();
        assertThat(state(code)).isEqualTo(-1);
        assertThat(notices(changeId)).isZero();

        // not due yet: the scheduled job (under ShedLock) leaves it alone
        job.run();
        assertThat(state(code)).isEqualTo(-1);

        // two scheduler runs at once, after the effect time
        LocalDateTime later = effect.plusMinutes(5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return stateChanges.applyDue(later);
                    }),
                    pool.submit(() -> {
                        start.await();
                        return stateChanges.applyDue(later);
                    }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        stateChanges.applyDue(later.plusMinutes(1)); // and once more, sequentially

        assertThat(state(code)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select status from check_item_state_change where id = ?", Integer.class,
                changeId)).isEqualTo(StateChange.APPLIED);
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).as("add + one application").isEqualTo(2);
        assertThat(notices(changeId)).as("sent once, when applied").isEqualTo(3);
    }

    @Test
    void aNewChangeCancelsThePendingOne() {
        String code = addProduct(uniqueCode("IT_SUPER"), Map.of());
        LocalDateTime effect = LocalDateTime.now(clock).plusDays(1).withNano(0);
        long first = crm().post("/mt/crm/checkItem/changeState", request(code, 10, effect, true))
                .path("data").path("changeId").asLong();
        JsonNode second = crm().post("/mt/crm/checkItem/changeState", request(code, 5, effect.plusHours(1), true));
        assertThat(second.path("code").asInt()).as(second.toString()).isZero();
        assertThat(second.path("data").path("cancelledPendingId").asLong()).isEqualTo(first);
        assertThat(jdbc.queryForObject("select status from check_item_state_change where id = ?", Integer.class,
                first)).isEqualTo(StateChange.CANCELLED);
        stateChanges.applyDue(effect.plusHours(2));
        assertThat(state(code)).isEqualTo(5);
    }

    @Test
    void svcCustomersSchedulerAppliesAndCancelsPendingChangesByIdExactlyOnce() {
        String code = addProduct(uniqueCode("IT_TASK"), Map.of());
        LocalDateTime effect = LocalDateTime.now(clock).plusDays(1).withNano(0);
        long change = crm().post("/mt/crm/checkItem/changeState", request(code, 10, effect, true))
                .path("data").path("changeId").asLong();

        JsonNode applied = service().post("/internal/apicall/checkItem/applyState",
                Map.of("taskId", 1, "changeId", change));
        assertThat(applied.path("code").asInt()).as(applied.toString()).isZero();
        assertThat(applied.path("data").path("appliedNow").asBoolean()).isTrue();
        assertThat(state(code)).isEqualTo(10);
        // the task retried (or delivered twice): answered as done, applied once
        JsonNode again = service().post("/internal/apicall/checkItem/applyState", Map.of("taskId", 1, "changeId", change));
        assertThat(again.path("code").asInt()).isZero();
        assertThat(again.path("data").path("appliedNow").asBoolean()).isFalse();
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).as("add + one application").isEqualTo(2);
        assertThat(service().post("/internal/apicall/checkItem/cancelChange", Map.of("changeId", change))
                .path("code").asInt()).as("an applied change cannot be cancelled").isEqualTo(40928);

        // superseded by a newer change: its task is told why it cannot run
        long superseded = crm().post("/mt/crm/checkItem/changeState", request(code, 5, effect, true))
                .path("data").path("changeId").asLong();
        long newer = crm().post("/mt/crm/checkItem/changeState", request(code, -1, effect.plusHours(1), true))
                .path("data").path("changeId").asLong();
        assertThat(service().post("/internal/apicall/checkItem/applyState", Map.of("changeId", superseded))
                .path("code").asInt()).isEqualTo(40926);

        // an operator cancels the task in svc-customer: the change is cancelled here, the local job leaves it alone
        assertThat(service().post("/internal/apicall/checkItem/cancelChange", Map.of("changeId", newer))
                .path("code").asInt()).isZero();
        stateChanges.applyDue(effect.plusDays(1));
        assertThat(state(code)).isEqualTo(10);
        assertThat(service().post("/internal/apicall/checkItem/applyState", Map.of("changeId", 999_999_999L))
                .path("code").asInt()).isEqualTo(40400);
    }

    @Test
    void badStateChangesAreRefused() {
        String code = addProduct(uniqueCode("IT_BADSTATE"), Map.of());
        assertThat(crm().post("/mt/crm/checkItem/changeState", request(code, 7, null, true)).path("code").asInt())
                .isEqualTo(40001);
        Map<String, Object> noCustomers = request(code, 10, null, true);
        noCustomers.remove("noticeCustomers");
        assertThat(crm().post("/mt/crm/checkItem/changeState", noCustomers).path("code").asInt()).isEqualTo(40001);
        Map<String, Object> badMethod = request(code, 10, null, true);
        badMethod.put("noticeMethods", List.of("fax"));
        assertThat(crm().post("/mt/crm/checkItem/changeState", badMethod).path("code").asInt()).isEqualTo(40001);
        assertThat(crm().post("/mt/crm/checkItem/changeState", request("NO_SUCH_ITEM", 10, null, true))
                .path("code").asInt()).isEqualTo(40400);
        assertThat(state(code)).isEqualTo(-1);
    }
}
