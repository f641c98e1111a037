package com.nuoer.customer.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.events.ContractStateChanged;
import com.nuoer.common.messaging.events.CustomerAssigned;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.entitlement.events.EntitlementProjections;
import com.nuoer.customer.iam.web.SignedIdentity;
import com.nuoer.customer.schedule.ScheduleExecutor;
import com.nuoer.customer.schedule.ScheduleService;
import com.nuoer.customer.schedule.ScheduleTask;
import com.nuoer.customer.schedule.ScheduleTaskRepository;
import com.nuoer.customer.schedule.TaskHandler;
import com.nuoer.customer.schedule.TaskKeys;
import com.nuoer.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flows of issue 4 on the real engines: accredit → audit → DeptItemChanged in the outbox; a future price adjustment
 * listed as a task and applied exactly once when the clock passes its time, with two scheduler instances racing;
 * cancel and retry; apply → reject; floor-price approval; contract/assignment projections; authorisation.
 */
@IntegrationTest
class EntitlementFlowIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired
    TestRestTemplate http;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    IdentityHeaders identityHeaders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ScheduleTaskRepository tasks;
    @Autowired
    ScheduleService scheduleService;
    @Autowired
    AdjustService adjustService;
    @Autowired
    List<TaskHandler> handlers;
    @Autowired
    EntitlementProjections projections;
    @Autowired
    Clock clock;

    Api api;
    HttpHeaders admin;

    @BeforeEach
    void setUp() {
        api = new Api(http, redis, objectMapper, identityHeaders);
        admin = api.as("crm", "admin", "Admin@123");
    }

    private List<JsonNode> outbox(String type, long deptItemId) {
        List<JsonNode> out = new ArrayList<>();
        jdbc.query("select payload::text from outbox_event where event_type = ? and aggregate_id = ? order by id",
                rs -> {
                    try {
                        out.add(objectMapper.readTree(rs.getString(1)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, type, String.valueOf(deptItemId));
        return out;
    }

    private Long itemId(long deptId, String code) {
        return jdbc.queryForObject("select id from dept_item where dept_id = ? and check_item = ? and not deleted"
                + " and fusion_dept_item_id is null", Long.class, deptId, code);
    }

    private void forget(long deptId, String code) {
        jdbc.update("update dept_item set deleted = true where dept_id = ? and check_item = ?", deptId, code);
    }

    private ScheduleExecutor executor(Clock at, List<TaskHandler> with) {
        return new ScheduleExecutor(jdbc, tx, tasks, with, at);
    }

    private Clock clockIn(Duration d) {
        return Clock.fixed(clock.instant().plus(d), ZONE);
    }

    @Test
    void accreditThenAuditPublishesDeptItemChangedWithIncreasingVersions() {
        forget(301, "MOBILE_STATUS");
        api.ok(api.post("/mt/crm/customer/deptItem/accredit", Map.of("deptId", 301, "checkItemList", List.of(
                Map.of("itemCode", "MOBILE_STATUS", "fee", 0.14, "feeType", 20, "freeCount", 10,
                        "spreaderRoyalties", List.of(Map.of("spreaderId", 1004, "royaltyType", "PRICE",
                                "royaltyPrice", 0.01, "effectMonth", "2026-12"))))), admin));
        long id = itemId(301, "MOBILE_STATUS");
        List<JsonNode> events = outbox("DeptItemChanged", id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("state").asInt()).isZero();
        assertThat(outbox("DeptItemAccredited", id)).singleElement()
                .satisfies(e -> assertThat(e.path("spreaderRoyalties").get(0).path("spreaderId").asLong())
                        .isEqualTo(1004L));

        api.ok(api.post("/mt/crm/checkItem/deptItem/audit", Map.of("deptId", 301, "deptItemId", id,
                "itemCode", "MOBILE_STATUS", "auditType", "pass", "fee", 0.13,
                "sourceList", List.of(Map.of("sourceId", 10, "priority", 0))), admin));
        events = outbox("DeptItemChanged", id);
        assertThat(events).hasSize(2);
        JsonNode opened = events.get(1);
        assertThat(opened.path("state").asInt()).isEqualTo(10);
        assertThat(opened.path("fee").decimalValue()).isEqualByComparingTo("0.13");
        assertThat(opened.path("organizationId").asLong()).isEqualTo(301L);
        assertThat(opened.path("sourceList").get(0).path("sourceId").asLong()).isEqualTo(10L);
        assertThat(opened.path("version").asLong()).isGreaterThan(events.get(0).path("version").asLong());
        // the projections other services read agree
        JsonNode snapshot = api.ok(api.post("/mt/crm/checkItem/deptItem/list",
                Map.of("deptIdList", List.of(301), "checkItemList", List.of("MOBILE_STATUS")), admin));
        assertThat(snapshot.path("results").get(0).path("state").asInt()).isEqualTo(10);
        assertThat(snapshot.path("results").get(0).path("hasAssignSource").asBoolean()).isTrue();
    }

    @Test
    void futureAdjustIsListedThenAppliedExactlyOnceByTwoRacingSchedulers() throws Exception {
        long itemId = 9;
        BigDecimal before = jdbc.queryForObject("select fee from dept_item where id = 9", BigDecimal.class);
        BigDecimal after = before.add(new BigDecimal("0.0100"));
        LocalDateTime effect = LocalDateTime.now(clock).plusHours(1).withNano(0);
        api.ok(api.post("/mt/crm/customer/deptItem/adjust", Map.of("effectTime", TIME.format(effect),
                "itemList", List.of(Map.of("deptItemId", itemId, "fee", after, "feeType", 10))), admin));
        long adjustId = jdbc.queryForObject("select max(id) from dept_item_adjust where dept_item_id = 9", Long.class);
        long taskId = jdbc.queryForObject("select task_id from dept_item_adjust where id = ?", Long.class, adjustId);
        int eventsBefore = outbox("DeptItemChanged", itemId).size();

        JsonNode listed = api.ok(api.post("/mt/crm/schedule/adjustTaskList",
                Map.of("deptIdList", List.of(301), "stateList", List.of(0), "nonPage", true), admin));
        JsonNode task = null;
        for (JsonNode t : listed.path("results")) {
            if (t.path("id").asLong() == taskId) {
                task = t;
            }
        }
        assertThat(task).as(listed.toString()).isNotNull();
        assertThat(task.path("taskDetail").get(0).path("afterFee").decimalValue()).isEqualByComparingTo(after);
        assertThat(api.ok(api.post("/mt/crm/customer/deptItem/list", Map.of("idList", List.of(itemId),
                "queryAdjusting", true), admin)).path("results").get(0).path("adjusting").path("id").asLong())
                .isEqualTo(adjustId);

        // not due yet: nothing happens
        assertThat(executor(clockIn(Duration.ofMinutes(30)), handlers).runDue()).isGreaterThanOrEqualTo(0);
        assertThat(jdbc.queryForObject("select fee from dept_item where id = 9", BigDecimal.class))
                .isEqualByComparingTo(before);

        // the clock passes the effect time: two instances race on the same rows
        Clock later = clockIn(Duration.ofHours(2));
        ScheduleExecutor one = executor(later, handlers);
        ScheduleExecutor two = executor(later, handlers);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return one.runDue();
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return two.runDue();
            });
            start.countDown();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select fee from dept_item where id = 9", BigDecimal.class))
                .isEqualByComparingTo(after);
        Map<String, Object> row = jdbc.queryForMap("select state, execute_count from schedule_task where id = ?", taskId);
        assertThat(row.get("state")).isEqualTo(ScheduleTask.DONE);
        assertThat(row.get("execute_count")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select state from dept_item_adjust where id = ?", Integer.class, adjustId))
                .isEqualTo(DeptItemAdjust.APPLIED);
        List<JsonNode> events = outbox("DeptItemChanged", itemId);
        assertThat(events).hasSize(eventsBefore + 1);
        assertThat(events.get(events.size() - 1).path("fee").decimalValue()).isEqualByComparingTo(after);
        // running again changes nothing
        executor(later, handlers).runDue();
        assertThat(outbox("DeptItemChanged", itemId)).hasSize(eventsBefore + 1);
    }

    @Test
    void cancelledAdjustNeverAppliesAndAFailedTaskCanBeRetried() {
        BigDecimal before = jdbc.queryForObject("select fee from dept_item where id = 8", BigDecimal.class);
        LocalDateTime effect = LocalDateTime.now(clock).plusHours(3).withNano(0);
        api.ok(api.post("/mt/crm/customer/deptItem/adjust", Map.of("effectTime", TIME.format(effect),
                "itemList", List.of(Map.of("deptItemId", 8, "fee", 0.50))), admin));
        long adjustId = jdbc.queryForObject("select max(id) from dept_item_adjust where dept_item_id = 8", Long.class);
        long taskId = jdbc.queryForObject("select task_id from dept_item_adjust where id = ?", Long.class, adjustId);
        api.ok(api.post("/mt/crm/schedule/cancel", Map.of("id", taskId), admin));
        assertThat(jdbc.queryForObject("select state from schedule_task where id = ?", Integer.class, taskId))
                .isEqualTo(ScheduleTask.CANCELLED);
        assertThat(jdbc.queryForObject("select state from dept_item_adjust where id = ?", Integer.class, adjustId))
                .isEqualTo(DeptItemAdjust.CANCELLED);
        executor(clockIn(Duration.ofHours(4)), handlers).runDue();
        assertThat(jdbc.queryForObject("select fee from dept_item where id = 8", BigDecimal.class))
                .isEqualByComparingTo(before);
        // a cancelled task cannot be retried
        assertThat(api.post("/mt/crm/schedule/retry", Map.of("id", taskId), admin).path("code").asInt())
                .isEqualTo(40967);

        // a product change that fails once: -10 with the error, retry → 0, then done
        ScheduleTask change = scheduleService.plan(TaskKeys.CHECK_ITEM_CHANGE, "MOBILE_STATUS",
                LocalDateTime.now(clock).plusMinutes(10), objectMapper.createObjectNode()
                        .put("checkItem", "MOBILE_STATUS").put("toState", 5), null, "MOBILE_STATUS", 1L);
        AtomicInteger calls = new AtomicInteger();
        TaskHandler flaky = new TaskHandler() {
            @Override
            public String taskKey() {
                return TaskKeys.CHECK_ITEM_CHANGE;
            }

            @Override
            public void run(ScheduleTask task, LocalDateTime now) {
                if (task.getId().equals(change.getId()) && calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("产品服务暂不可用");
                }
            }
        };
        Clock at = clockIn(Duration.ofMinutes(20));
        executor(at, List.of(adjustService, flaky)).runDue();
        ScheduleTask failed = tasks.findById(change.getId()).orElseThrow();
        assertThat(failed.getState()).isEqualTo(ScheduleTask.FAILED);
        assertThat(failed.getErrorMsg()).contains("产品服务暂不可用");
        JsonNode listed = api.ok(api.post("/mt/crm/schedule/changeCheckItemTaskList",
                Map.of("stateList", List.of(-10), "checkItem", "MOBILE_STATUS", "nonPage", true), admin));
        assertThat(listed.path("results").findValuesAsText("errorMsg")).contains("产品服务暂不可用");

        api.ok(api.post("/mt/crm/schedule/retry", Map.of("id", change.getId()), admin));
        assertThat(tasks.findById(change.getId()).orElseThrow().getState()).isEqualTo(ScheduleTask.WAITING);
        executor(at, List.of(adjustService, flaky)).runDue();
        ScheduleTask done = tasks.findById(change.getId()).orElseThrow();
        assertThat(done.getState()).isEqualTo(ScheduleTask.DONE);
        assertThat(done.getExecuteCount()).isEqualTo(2);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void appliedProductIsRejectedWithTheReasonAndCanBeAppliedAgain() {
        forget(1, "MOBILE_STATUS");
        HttpHeaders demo = api.as("beeback", "demo", "Demo@123");
        api.ok(api.post("/mt/beeback/deptItem/apply", Map.of("checkItemList",
                List.of(Map.of("itemCode", "MOBILE_STATUS")), "applyRemark", "失联预警"), demo));
        long id = itemId(1, "MOBILE_STATUS");
        assertThat(jdbc.queryForObject("select state from dept_item where id = ?", Integer.class, id)).isZero();
        // only products marked applicable may be applied for
        assertThat(api.post("/mt/beeback/deptItem/apply", Map.of("checkItemList",
                List.of(Map.of("itemCode", "VEHICLE_INFO"))), demo).path("code").asInt()).isEqualTo(40963);

        assertThat(api.post("/mt/crm/checkItem/deptItem/audit", Map.of("deptId", 1, "deptItemId", id,
                "itemCode", "MOBILE_STATUS", "auditType", "reject"), admin).path("code").asInt()).isEqualTo(40001);
        api.ok(api.post("/mt/crm/checkItem/deptItem/audit", Map.of("deptId", 1, "deptItemId", id,
                "itemCode", "MOBILE_STATUS", "auditType", "reject", "rejectReason", "请补充使用场景说明"), admin));
        JsonNode mine = api.ok(api.post("/mt/beeback/deptItem/mineList",
                Map.of("checkItemList", List.of("MOBILE_STATUS")), demo)).path("results").get(0);
        assertThat(mine.path("state").asInt()).isEqualTo(-10);
        assertThat(mine.path("auditRemark").asText()).isEqualTo("请补充使用场景说明");
        List<JsonNode> events = outbox("DeptItemChanged", id);
        assertThat(events.get(events.size() - 1).path("state").asInt()).isEqualTo(-10);
        // a rejected item cannot be rejected again, but re-applying puts it back to 0
        assertThat(api.post("/mt/crm/checkItem/deptItem/audit", Map.of("deptId", 1, "deptItemId", id,
                "itemCode", "MOBILE_STATUS", "auditType", "reject", "rejectReason", "x"), admin).path("code").asInt())
                .isEqualTo(40961);
        api.ok(api.post("/mt/beeback/deptItem/apply", Map.of("checkItemList",
                List.of(Map.of("itemCode", "MOBILE_STATUS"))), demo));
        assertThat(jdbc.queryForObject("select state from dept_item where id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aSalesPriceBelowTheFloorWaitsForOpsApproval() {
        // svc-sales is not running in tests: the catalogue floor price (MOBILE_STATUS 0.10) applies
        HttpHeaders sales01 = api.as("sales", "sales01", "Sales@123");
        BigDecimal before = jdbc.queryForObject("select fee from dept_item where id = 7", BigDecimal.class);
        api.ok(api.post("/mt/sales/bee/deptItem/adjust", Map.of("itemList",
                List.of(Map.of("deptItemId", 7, "fee", 0.05))), sales01));
        long adjustId = jdbc.queryForObject("select max(id) from dept_item_adjust where dept_item_id = 7", Long.class);
        assertThat(jdbc.queryForObject("select state from dept_item_adjust where id = ?", Integer.class, adjustId))
                .isEqualTo(DeptItemAdjust.AUDITING);
        assertThat(jdbc.queryForObject("select fee from dept_item where id = 7", BigDecimal.class))
                .isEqualByComparingTo(before);
        // ops approve through deptItem/edit isAuditPass (domain.md §6-3)
        api.ok(api.post("/mt/crm/customer/deptItem/edit", Map.of("deptId", 201, "deptItemId", 7,
                "itemCode", "MOBILE_STATUS", "isAuditPass", true), admin));
        assertThat(jdbc.queryForObject("select state from dept_item_adjust where id = ?", Integer.class, adjustId))
                .isEqualTo(DeptItemAdjust.APPLIED);
        assertThat(jdbc.queryForObject("select fee from dept_item where id = 7", BigDecimal.class))
                .isEqualByComparingTo("0.05");
        // and the salesman cannot set it directly below the floor
        assertThat(api.post("/mt/sales/bee/deptItem/edit", Map.of("deptId", 201, "deptItemId", 7,
                "itemCode", "MOBILE_STATUS", "fee", 0.01), sales01).path("code").asInt()).isEqualTo(40965);
    }

    @Test
    void contractStatesAndAssignmentsApplyOnlyWhenNewer() {
        LocalDateTime now = LocalDateTime.now(clock);
        int before = outbox("DeptItemChanged", 5).size();
        assertThat(projections.contractStateChanged(new ContractStateChanged("HT-TEST-" + System.nanoTime(), 1L, 1L,
                3L, 1, 100, false, List.of(5L), List.of("ID3_FACE"), now, now.plusYears(1), 5, now))).isTrue();
        assertThat(jdbc.queryForObject("select contract_state from dept_item where id = 5", Integer.class))
                .isEqualTo(100);
        assertThat(outbox("DeptItemChanged", 5)).hasSize(before + 1);

        String no = "HT-TEST-" + System.nanoTime();
        assertThat(projections.contractStateChanged(new ContractStateChanged(no, 1L, 1L, 3L, 1, 50, false,
                List.of(5L), List.of(), now, null, 7, now))).isTrue();
        assertThat(projections.contractStateChanged(new ContractStateChanged(no, 1L, 1L, 3L, 1, -1, false,
                List.of(5L), List.of(), now, null, 6, now))).isFalse();
        assertThat(jdbc.queryForObject("select contract_state from dept_item where id = 5", Integer.class))
                .isEqualTo(50);

        long v = System.currentTimeMillis();
        Long assistant = jdbc.queryForObject("select assistant_id from organization where id = 204", Long.class);
        assertThat(projections.customerAssigned(new CustomerAssigned(204L, 202L, "李销售", "B", null, "REFERRAL",
                "2026-12", now, v))).isTrue();
        assertThat(projections.customerAssigned(new CustomerAssigned(204L, 2L, "王销售", "B", null, "REFERRAL",
                "2026-12", now, v - 1))).isFalse();
        assertThat(jdbc.queryForObject("select assistant_id from organization where id = 204", Long.class))
                .isEqualTo(202L);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'CustomerChanged'"
                + " and aggregate_id = '204' and payload->>'assistantId' = '202'", Long.class)).isPositive();
        jdbc.update("update organization set assistant_id = ? where id = 204", assistant);
    }

    @Test
    void callersOnlyReachTheirOwnCustomersProducts() {
        // beeback user of organisation 301 sees only its own account's products
        HttpHeaders demo2 = api.as("beeback", "demo2", "Demo@123");
        assertThat(api.ok(api.post("/mt/beeback/deptItem/mineList",
                Map.of("deptIdList", List.of(1), "idList", List.of(1, 2), "nonPage", true), demo2))
                .path("results")).isEmpty();
        JsonNode mine = api.ok(api.post("/mt/beeback/deptItem/mineList",
                Map.of("idList", List.of(1, 2, 9), "nonPage", true), demo2));
        List<Long> depts = new ArrayList<>();
        mine.path("results").forEach(r -> depts.add(r.path("deptId").asLong()));
        assertThat(depts).containsExactly(301L);
        assertThat(api.post("/mt/crm/customer/deptItem/edit", Map.of("deptId", 1, "deptItemId", 1,
                "itemCode", "ID2_CHECK", "fee", 0.01), demo2).path("_status").asInt()).isEqualTo(403);

        // sales02 cannot see or change sales01's customers (answers like unknown ids)
        HttpHeaders sales02 = api.as("sales", "sales02", "Sales@123");
        assertThat(api.ok(api.post("/mt/sales/bee/deptItem/list", Map.of("deptIdList", List.of(1, 201)), sales02))
                .path("results")).isEmpty();
        assertThat(api.ok(api.post("/mt/sales/bee/deptItem/list", Map.of("deptIdList", List.of(202)), sales02))
                .path("results").findValuesAsText("deptId")).containsOnly("202");
        JsonNode foreign = api.post("/mt/sales/bee/deptItem/edit", Map.of("deptId", 201, "deptItemId", 6,
                "itemCode", "ID2_CHECK", "fee", 0.5), sales02);
        assertThat(foreign.path("code").asInt()).isEqualTo(40400);
        assertThat(foreign.has("data")).isFalse();
        assertThat(api.post("/mt/sales/bee/deptItem/adjust", Map.of("itemList",
                List.of(Map.of("deptItemId", 1, "fee", 0.5))), sales02).path("code").asInt()).isEqualTo(40400);
        assertThat(api.post("/mt/sales/bee/deptItem/adjustList", Map.of("deptId", 1), sales02).path("code").asInt())
                .isEqualTo(40400);
        assertThat(jdbc.queryForObject("select fee from dept_item where id = 6", BigDecimal.class))
                .isNotEqualByComparingTo("0.5");

        // an operator without the crm:deptItem / crm:checkItem / crm:schedule menus gets 403
        HttpHeaders ops01 = api.as("crm", "ops01", "Ops@123");
        for (String path : List.of("/mt/crm/customer/deptItem/list", "/mt/crm/checkItem/deptItem/list",
                "/mt/crm/schedule/adjustTaskList")) {
            JsonNode denied = api.post(path, new HashMap<>(), ops01);
            assertThat(denied.path("_status").asInt()).as(path).isEqualTo(403);
            assertThat(denied.path("code").asInt()).as(path).isEqualTo(40300);
        }
    }

    @Test
    void productStateChangesOfSvcApicallAreHeldAsTasksOnceAndCancelledOnlyThroughIt() {
        HttpHeaders apicall = SignedIdentity.of(SessionInfo.service("svc-apicall"), objectMapper, identityHeaders,
                System.currentTimeMillis());
        long changeId = 700_000_000L + System.nanoTime() % 1_000_000L;
        Map<String, Object> change = Map.of("changeId", changeId, "checkItem", "MOBILE_STATUS", "fromState", 10,
                "toState", 5, "scheduleTime", "2027-03-01 02:00:00", "note", "上游维护");
        long taskId = api.ok(api.post("/internal/customer/schedule/checkItemChange", change, apicall)).asLong();
        assertThat(api.ok(api.post("/internal/customer/schedule/checkItemChange", change, apicall)).asLong())
                .as("registered twice: one task").isEqualTo(taskId);

        JsonNode listed = api.ok(api.post("/mt/crm/schedule/changeCheckItemTaskList",
                Map.of("checkItem", "MOBILE_STATUS", "stateList", List.of(0), "nonPage", true), admin));
        List<Long> ids = new ArrayList<>();
        listed.path("results").forEach(t -> ids.add(t.path("id").asLong()));
        assertThat(ids).contains(taskId);

        // svc-apicall is not running in this test: an operator's cancel is refused, the task and the change stay
        JsonNode refused = api.post("/mt/crm/schedule/cancel", Map.of("id", taskId, "appcode", "crm"), admin);
        assertThat(refused.path("code").asInt()).as(refused.toString()).isEqualTo(40900);
        assertThat(tasks.findById(taskId).orElseThrow().getState()).isZero();

        // superseded in svc-apicall: cancelled here without a call back
        api.ok(api.post("/internal/customer/schedule/checkItemChange/cancel", Map.of("changeId", changeId), apicall));
        assertThat(tasks.findById(taskId).orElseThrow().getState()).isEqualTo(-1);
    }
}
