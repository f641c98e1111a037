package com.nuoer.apicall.open;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.charge.ChargeBatcher;
import com.nuoer.apicall.projection.WalletGuard;
import com.nuoer.common.messaging.events.WalletChanged;
import com.nuoer.common.messaging.events.WalletExhausted;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The open API POST /open/v1/{checkItem}: every refusal, replays, idempotency, cache, failover, fees, guard, charges. */
class OpenApiIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    DeptSecretCipher cipher;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    WalletGuard guard;
    @Autowired
    ChargeBatcher batcher;
    @Autowired
    com.nuoer.apicall.call.NodeIdLease nodeIds;
    @Autowired
    com.nuoer.apicall.projection.ProjectionStore projections;

    OpenApiFixture f;
    String product;

    @BeforeEach
    void setUp() {
        f = new OpenApiFixture(jdbc, http, json, cipher, "off", projections::evictAll);
        product = f.product(10, 0, 0, "1,2,3", 0.0);
        f.deptItem(product, 10, "0.25", 0, 100);
    }

    private static Map<String, Object> subject(String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("idCard", "33010619900101" + Math.abs(name.hashCode() % 10000));
        return m;
    }

    private static int code(JsonNode r) {
        return r.path("code").asInt();
    }

    // ------------------------------------------------------------------ rejections, each with its own code

    @Test
    void aSignedCallIsAnsweredRecordedAndCharged() {
        JsonNode r = f.call(product, subject("张三"));
        assertThat(code(r)).as(r.toString()).isZero();
        assertThat(r.path("data").path("success").asInt()).isEqualTo(1);
        assertThat(r.path("data").path("isFee").asInt()).isEqualTo(1);
        assertThat(r.path("data").path("fee").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(r.path("data").path("seqNo").asText()).hasSize(24);
        assertThat(f.records()).isEqualTo(1);
        assertThat(f.chargeLines()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from upstream_record where seq_no = ?", Long.class,
                r.path("data").path("seqNo").asText())).isEqualTo(1);
    }

    @Test
    void theFastPathAndSpringMvcGiveTheSameAnswer() {
        double fastBefore = openTimerCount(), observedBefore = observedOpenCalls();
        // "NO_SUCH_ITEM" is answered by OpenApiCallFilter, "NO.SUCH.ITEM" (not a plain code) by the @PostMapping
        JsonNode fast = f.call("NO_SUCH_ITEM", Map.of("mobile", "13800000000"));
        JsonNode mvc = f.call("NO.SUCH.ITEM", Map.of("mobile", "13800000000"));
        // each timed once: the filter's call in its own timer only, the MVC call by the generic server observation
        long deadline = System.currentTimeMillis() + 5000;
        while (observedOpenCalls() - observedBefore < 1 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(openTimerCount() - fastBefore).isEqualTo(1);
        assertThat(observedOpenCalls() - observedBefore).isEqualTo(1);
        assertThat(fast.path("code").asInt()).isEqualTo(OpenApiErrors.PRODUCT_UNKNOWN.code());
        for (String field : List.of("_status", "code", "msg")) {
            assertThat(fast.path(field)).as(field).isEqualTo(mvc.path(field));
        }
        assertThat(fast.path("traceId").asText()).isNotBlank();
        assertThat(fast.path("timestamp").asLong()).isPositive();
        List<String> names = new ArrayList<>();
        fast.fieldNames().forEachRemaining(names::add);
        List<String> mvcNames = new ArrayList<>();
        mvc.fieldNames().forEachRemaining(mvcNames::add);
        assertThat(names).isEqualTo(mvcNames);
    }

    double openTimerCount() {
        return meters.find("nuoer.apicall.open.requests").timers().stream().mapToLong(t -> t.count()).sum();
    }

    /** Requests of the generic server observation, any uri (this test class sends nothing else meanwhile). */
    double observedOpenCalls() {
        return meters.find("http.server.requests").timers().stream().mapToLong(t -> t.count()).sum();
    }

    @Test
    void missingHeadersAreRefused() {
        JsonNode r = f.call(product, subject("a"), Map.of("X-Signature", ""));
        assertThat(code(r)).isEqualTo(40020);
        assertThat(r.path("_status").asInt()).isEqualTo(400);
    }

    @Test
    void unknownAppIdIsRefused() {
        assertThat(code(f.call(product, subject("a"), Map.of("X-App-Id", "no_such_app_" + f.deptId)))).isEqualTo(40120);
    }

    @Test
    void aWrongSignatureIsRefused() {
        assertThat(code(f.call(product, subject("a"), Map.of("secret", "not-the-secret")))).isEqualTo(40121);
        // the body is covered: a signature of another body does not pass
        assertThat(code(f.call(product, subject("a"), Map.of("X-Signature", "00".repeat(32))))).isEqualTo(40121);
        assertThat(f.records()).isZero();
    }

    @Test
    void aTimestampOutsideFiveMinutesIsRefused() {
        String old = String.valueOf(System.currentTimeMillis() - 6 * 60_000);
        assertThat(code(f.call(product, subject("a"), Map.of("X-Timestamp", old)))).isEqualTo(40122);
        String future = String.valueOf(System.currentTimeMillis() + 6 * 60_000);
        assertThat(code(f.call(product, subject("a"), Map.of("X-Timestamp", future)))).isEqualTo(40122);
        String fine = String.valueOf(System.currentTimeMillis() - 4 * 60_000);
        assertThat(code(f.call(product, subject("a"), Map.of("X-Timestamp", fine)))).isZero();
    }

    @Test
    void aReplayedNonceIsRefused() {
        String nonce = "nonce-" + f.deptId;
        assertThat(code(f.call(product, subject("a"), Map.of("X-Nonce", nonce)))).isZero();
        JsonNode replay = f.call(product, subject("a"), Map.of("X-Nonce", nonce));
        assertThat(code(replay)).isEqualTo(40123);
        assertThat(f.records()).isEqualTo(1);
    }

    @Test
    void anIpOutsideTheWhitelistIsRefusedCidrBlocksAllow() {
        OpenApiFixture w = new OpenApiFixture(jdbc, http, json, cipher, "115.236.10.0/24,203.0.113.7", projections::evictAll);
        w.deptItem(product, 10, "0.25", 0, 100);
        assertThat(code(w.call(product, subject("a"), Map.of("X-Real-IP", "115.236.11.9")))).isEqualTo(40320);
        assertThat(code(w.call(product, subject("a"), Map.of("X-Real-IP", "115.236.10.77")))).isZero();
        assertThat(code(w.call(product, subject("a"), Map.of("X-Real-IP", "203.0.113.7")))).isZero();
    }

    @Test
    void gatingRefusesUnauthorisedDisabledAndUncontractedProducts() {
        String notHeld = f.product(10, 0, 0, "1", 0.0);
        assertThat(code(f.call(notHeld, subject("a")))).isEqualTo(40322);

        String pending = f.product(10, 0, 0, "1", 0.0);
        long id = f.deptItem(pending, 10, "0.25", 0, 100);
        jdbc.update("update dept_item_view set state = 0 where dept_item_id = ?", id);
        OpenApiFixture g = new OpenApiFixture(jdbc, http, json, cipher, "off", projections::evictAll);
        long gid = g.deptItem(pending, 10, "0.25", 0, 100);
        jdbc.update("update dept_item_view set state = 0 where dept_item_id = ?", gid);
        assertThat(code(g.call(pending, subject("a")))).isEqualTo(40322);

        String down = f.product(10, 0, 0, "1", 0.0);
        jdbc.update("update check_item set state = -1 where check_item = ?", down);
        f.deptItem(down, 10, "0.25", 0, 100);
        assertThat(code(f.call(down, subject("a")))).isEqualTo(40323);

        String unsigned = f.product(10, 0, 0, "1", 0.0);
        f.deptItem(unsigned, 10, "0.25", 0, null);
        assertThat(code(f.call(unsigned, subject("a")))).isEqualTo(40324);

        // a trial customer (customerType 10) may call before signing
        OpenApiFixture trial = new OpenApiFixture(jdbc, http, json, cipher, "off", projections::evictAll);
        jdbc.update("update customer_view set customer_type = 10 where organization_id = ?", trial.orgId);
        trial.deptItem(unsigned, 10, "0.25", 0, null);
        assertThat(code(trial.call(unsigned, subject("a")))).isZero();

        assertThat(code(f.call("NO_SUCH_PRODUCT_" + f.deptId, subject("a")))).isEqualTo(40420);
    }

    @Test
    void aDisabledCustomerIsRefused() {
        OpenApiFixture d = new OpenApiFixture(jdbc, http, json, cipher, "off", projections::evictAll);
        d.deptItem(product, 10, "0.25", 0, 100);
        jdbc.update("update customer_view set state = -1 where organization_id = ?", d.orgId);
        assertThat(code(d.call(product, subject("a")))).isEqualTo(40321);
    }

    @Test
    void anEncryptionTypeTheProductDoesNotSupportIsRefused() {
        Map<String, Object> body = subject("a");
        body.put("encryptionType", 4);
        assertThat(code(f.call(product, body))).isEqualTo(40022);
        body.put("encryptionType", 2);
        assertThat(code(f.call(product, body))).isZero();
    }

    // ------------------------------------------------------------------ wallet guard

    @Test
    void theGuardBlocksOnceTheBalanceIsUsedUpAndReopensOnRecharge() {
        LocalDateTime now = LocalDateTime.now();
        guard.onWalletChanged(new WalletChanged(f.walletId, f.orgId, f.orgId, true, null, new BigDecimal("0.50"), 0,
                BigDecimal.ZERO, new BigDecimal("0.50"), 10, 2, now));
        assertThat(code(f.call(product, subject("a")))).isZero();
        assertThat(code(f.call(product, subject("b")))).isZero();
        JsonNode blocked = f.call(product, subject("c"));
        assertThat(code(blocked)).as("0.50 spent in two calls of 0.25").isEqualTo(40220);
        assertThat(blocked.path("_status").asInt()).isEqualTo(402);

        // svc-wallet's snapshot after the charge, then exhaustion, then a recharge
        guard.onWalletChanged(new WalletChanged(f.walletId, f.orgId, f.orgId, true, null, new BigDecimal("10.00"), 0,
                BigDecimal.ZERO, new BigDecimal("10.00"), 10, 3, LocalDateTime.now().plusSeconds(1)));
        assertThat(code(f.call(product, subject("d")))).isZero();
        guard.onWalletExhausted(new WalletExhausted(f.walletId, f.orgId, f.orgId, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 4, LocalDateTime.now()));
        assertThat(code(f.call(product, subject("e")))).isEqualTo(40220);
        guard.onWalletChanged(new WalletChanged(f.walletId, f.orgId, f.orgId, true, null, new BigDecimal("100.00"), 0,
                BigDecimal.ZERO, new BigDecimal("100.00"), 10, 5, LocalDateTime.now().plusSeconds(2)));
        assertThat(code(f.call(product, subject("f")))).isZero();
        // an older snapshot arriving late changes nothing
        guard.onWalletChanged(new WalletChanged(f.walletId, f.orgId, f.orgId, true, null, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, BigDecimal.ZERO, 10, 4, LocalDateTime.now()));
        assertThat(code(f.call(product, subject("g")))).isZero();
    }

    @Test
    void monthlySettledCustomersAreNeverBlockedAndGetNoChargeLines() {
        jdbc.update("update wallet_guard set overdraft_state = 20, available = null, balance = 0 where wallet_id = ?", f.walletId);
        guard.reset();
        JsonNode r = f.call(product, subject("a"));
        assertThat(code(r)).isZero();
        assertThat(r.path("data").path("isFee").asInt()).isEqualTo(1);
        assertThat(f.chargeLines()).isZero();
    }

    // ------------------------------------------------------------------ tradeNo idempotency

    @Test
    void aReplayedTradeNoReturnsTheFirstAnswerAndIsChargedOnce() {
        Map<String, Object> body = subject("张三");
        body.put("tradeNo", "T-" + f.deptId);
        JsonNode first = f.call(product, body);
        JsonNode again = f.call(product, body);
        assertThat(code(first)).isZero();
        assertThat(code(again)).isZero();
        assertThat(again.path("data").path("seqNo").asText()).isEqualTo(first.path("data").path("seqNo").asText());
        assertThat(f.records()).isEqualTo(1);
        assertThat(f.chargeLines()).isEqualTo(1);

        Map<String, Object> other = subject("李四");
        other.put("tradeNo", "T-" + f.deptId);
        assertThat(code(f.call(product, other))).isEqualTo(40920);
        assertThat(f.records()).isEqualTo(1);
    }

    @Test
    void concurrentCallsWithOneTradeNoAreChargedOnce() throws Exception {
        Map<String, Object> body = subject("王五");
        body.put("tradeNo", "TC-" + f.deptId);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> f.call(product, body));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> fu : pool.invokeAll(calls)) {
                answers.add(fu.get());
            }
            assertThat(answers).allSatisfy(a -> assertThat(code(a)).as(a.toString()).isZero());
            Set<String> seqNos = answers.stream().map(a -> a.path("data").path("seqNo").asText()).collect(Collectors.toSet());
            assertThat(seqNos).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.records()).isEqualTo(1);
        assertThat(f.chargeLines()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ cache, failover, fees

    @Test
    void aCacheHitIsAnsweredWithCacheFlagAndChargedByTheRule() {
        String cached = f.product(10, 1, 7, "1", 0.0);
        f.deptItem(cached, 10, "0.30", 0, 100);
        JsonNode first = f.call(cached, subject("赵六"));
        JsonNode second = f.call(cached, subject("赵六"));
        assertThat(first.path("data").path("cacheFlag").asInt()).isZero();
        assertThat(second.path("data").path("cacheFlag").asInt()).isEqualTo(1);
        assertThat(second.path("data").path("result")).isEqualTo(first.path("data").path("result"));
        // 查询计费: the cached answer is charged like any answered query
        assertThat(second.path("data").path("isFee").asInt()).isEqualTo(1);
        assertThat(second.path("data").path("fee").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(f.chargeLines()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from upstream_record where seq_no = ?", Long.class,
                second.path("data").path("seqNo").asText())).as("no upstream asked").isZero();
    }

    @Test
    void hitBasedFeesChargeOnlyFoundAnswers() {
        String hit = f.product(20, 0, 0, "1", 0.0);
        f.deptItem(hit, 20, "0.20", 0, 100);
        int charged = 0;
        int found = 0;
        for (int i = 0; i < 12; i++) {
            JsonNode r = f.call(hit, subject("查得" + i));
            assertThat(code(r)).isZero();
            found += r.path("data").path("found").asBoolean() ? 1 : 0;
            charged += r.path("data").path("isFee").asInt();
            assertThat(r.path("data").path("isFee").asInt()).isEqualTo(r.path("data").path("found").asBoolean() ? 1 : 0);
        }
        assertThat(charged).isEqualTo(found);
    }

    @Test
    void theFreeCountIsUsedBeforeAnyFee() {
        String free = f.product(10, 0, 0, "1", 0.0);
        f.deptItem(free, 10, "0.40", 2, 100);
        List<Integer> isFee = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            isFee.add(f.call(free, subject("免费" + i)).path("data").path("isFee").asInt());
        }
        assertThat(isFee).containsExactly(0, 0, 1);
        assertThat(f.chargeLines()).isEqualTo(1);
    }

    @Test
    void aFailingUpstreamFailsOverToTheNextOneAndEveryAttemptIsRecorded() {
        String failover = f.product(10, 0, 0, "1", 1.0, 0.0);
        f.deptItem(failover, 10, "0.25", 0, 100);
        JsonNode r = f.call(failover, subject("钱七"));
        assertThat(code(r)).as(r.toString()).isZero();
        String seqNo = r.path("data").path("seqNo").asText();
        List<Map<String, Object>> attempts = jdbc.queryForList(
                "select upstream_config_id, success, data_source_code, stack from upstream_record where seq_no = ? order by id", seqNo);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("success")).isEqualTo(false);
        assertThat((String) attempts.get(0).get("stack")).contains("errorRate");
        assertThat(attempts.get(1).get("success")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select final_source from api_record where seq_no = ?", String.class, seqNo))
                .isEqualTo(attempts.get(1).get("data_source_code"));

        String dead = f.product(10, 0, 0, "1", 1.0, 1.0);
        f.deptItem(dead, 10, "0.25", 0, 100);
        // the customer's error alert on this product: the first failure fires it (F12a, wired into the pipeline)
        jdbc.update("""
                insert into forewarn_item (dept_id, organization_id, dept_name, check_item, period_seconds, error_count,
                                           contact_ids, create_by, create_date, update_date)
                values (?, ?, '集成测试科技有限公司', ?, 300, 1, cast('[]' as jsonb), 1, now(), now())""",
                f.deptId, f.orgId, dead);
        JsonNode failed = f.call(dead, subject("钱七"));
        assertThat(code(failed)).isEqualTo(50220);
        assertThat(failed.path("data").path("success").asInt()).isZero();
        assertThat(failed.path("data").path("isFee").asInt()).isZero();
        long deadline = System.currentTimeMillis() + 10_000;
        long alerts = 0;
        while (alerts == 0 && System.currentTimeMillis() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            alerts = jdbc.queryForObject("select count(*) from forewarn_alert where dept_id = ? and check_item = ?",
                    Long.class, f.deptId, dead);
        }
        assertThat(alerts).as("the failed call fired the customer's error alert").isEqualTo(1);
    }

    // ------------------------------------------------------------------ charges reach the outbox per wallet

    @Test
    void chargeLinesAreBatchedPerWalletIntoApiCallCharged() throws Exception {
        OpenApiFixture other = new OpenApiFixture(jdbc, http, json, cipher, "off", projections::evictAll);
        other.deptItem(product, 10, "0.25", 0, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(code(f.call(product, subject("批" + i)))).isZero();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(code(other.call(product, subject("批" + i)))).isZero();
        }
        // the scheduled batcher (every second) may hold some lines already: wait until all are in a batch
        long open = -1;
        for (int i = 0; i < 50 && open != 0; i++) {
            batcher.batchOpenLines();
            open = jdbc.queryForObject("select count(*) from charge_line where dept_id in (?, ?) and batch_no is null",
                    Long.class, f.deptId, other.deptId);
            if (open != 0) {
                Thread.sleep(100);
            }
        }
        assertThat(open).isZero();
        for (OpenApiFixture x : List.of(f, other)) {
            List<String> payloads = jdbc.queryForList("""
                    select payload::text from outbox_event where event_type = 'ApiCallCharged' and aggregate_id = ?""",
                    String.class, String.valueOf(x.walletId));
            long count = 0;
            BigDecimal fee = BigDecimal.ZERO;
            for (String p : payloads) {
                JsonNode e = json.readTree(p);
                assertThat(e.path("walletId").asLong()).isEqualTo(x.walletId);
                assertThat(e.path("organizationId").asLong()).isEqualTo(x.orgId);
                for (JsonNode item : e.path("items")) {
                    assertThat(item.path("checkItem").asText()).isEqualTo(product);
                    count += item.path("count").asLong();
                    fee = fee.add(item.path("fee").decimalValue());
                }
            }
            assertThat(count).isEqualTo(x == f ? 3 : 2);
            assertThat(fee).isEqualByComparingTo(x == f ? "0.75" : "0.50");
            assertThat(jdbc.queryForObject("select count(distinct batch_no) from charge_line where dept_id = ?",
                    Long.class, x.deptId)).isEqualTo(payloads.size());
            // CB + stamp + this instance's node id + counter + W walletId
            assertThat(jdbc.queryForList("select distinct batch_no from charge_line where dept_id = ?", String.class,
                    x.deptId)).allSatisfy(no -> assertThat(no)
                    .matches("CB\\d{14}" + String.format("%02d", nodeIds.nodeId()) + "\\d{6}W" + x.walletId));
        }
    }
}
