package com.nuoer.apicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.open.DeptSecretCipher;
import com.nuoer.apicall.open.OpenApiFixture;
import com.nuoer.apicall.open.Signature;
import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.projection.WalletGuard;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The group commit of the call path: concurrent calls share transactions, each call is recorded and charged exactly
 * once and answered only after its commit; a call whose batch fails is answered with its error and leaves nothing,
 * while the other calls of that batch are still written.
 */
class GroupCommitIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    CallRecorder recorder;
    @Autowired
    DeptSecretCipher cipher;
    @Autowired
    ProjectionStore projections;
    @Autowired
    ProductCache products;
    @Autowired
    WalletGuard guard;
    @Autowired
    SeqNos seqNos;

    OpenApiFixture f;
    String product;
    GroupCommit<CallRecorder.Input, CallRecorder.Recorded> groupCommit;

    @BeforeEach
    void setUp() {
        f = new OpenApiFixture(jdbc, http, json, cipher, "off", projections::evictAll);
        product = f.product(10, 0, 0, "1", 0.0);
        f.deptItem(product, 10, "0.25", 0, 100);
        groupCommit = recorder.groupCommit();
        assertThat(groupCommit.running()).as("group commit on in the service").isTrue();
    }

    @AfterEach
    void release() {
        groupCommit.resume();
    }

    /** Waits (bounded) until {@code n} writes are queued behind the paused writers. */
    private void awaitQueued(int n) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (groupCommit.queued() < n) {
            if (System.currentTimeMillis() > deadline) {
                fail("only " + groupCommit.queued() + " of " + n + " calls reached the group commit");
            }
            LockSupport.parkNanos(10_000_000L);
        }
    }

    @Test
    void concurrentCallsShareTransactionsAndAreEachRecordedAndChargedOnce() throws Exception {
        int n = 24;
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long[] before = groupCommit.stats();
        groupCommit.pause();
        List<Future<JsonNode>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String body = "{\"name\":\"并发" + i + "\",\"idCard\":\"3301061990010" + (10000 + i) + "\"}";
                answers.add(pool.submit(() -> call(client, body)));
            }
            awaitQueued(n);
            // all n calls wait for their commit: none is answered before it
            assertThat(answers).noneMatch(Future::isDone);
            assertThat(f.records()).isZero();
            groupCommit.resume();
            Set<String> seqNos = new HashSet<>();
            for (Future<JsonNode> a : answers) {
                JsonNode r = a.get();
                assertThat(r.path("code").asInt()).as(r.toString()).isZero();
                assertThat(r.path("data").path("fee").decimalValue()).isEqualByComparingTo("0.25");
                seqNos.add(r.path("data").path("seqNo").asText());
            }
            assertThat(seqNos).hasSize(n);
        } finally {
            groupCommit.resume();
            pool.shutdownNow();
        }
        long[] after = groupCommit.stats();
        assertThat(after[0] - before[0]).as("committed batches for %d calls queued together", n).isBetween(1L, 2L);
        assertThat(after[1] - before[1]).isEqualTo(n);
        assertThat(f.records()).isEqualTo(n);
        assertThat(f.chargeLines()).isEqualTo(n);
        assertThat(jdbc.queryForObject("select count(*) from upstream_record where dept_id = ?", Long.class, f.deptId))
                .isEqualTo(n);
        assertThat(jdbc.queryForObject("select sum(fee) from charge_line where dept_id = ?", BigDecimal.class, f.deptId))
                .isEqualByComparingTo("6.00");
        assertThat(jdbc.queryForObject("select sum(fee) from api_record where dept_id = ?", BigDecimal.class, f.deptId))
                .isEqualByComparingTo("6.00");
        assertThat(jdbc.queryForObject("select count(distinct seq_no) from charge_line where dept_id = ?", Long.class,
                f.deptId)).isEqualTo(n);
    }

    @Test
    void aCallWhoseBatchFailsIsAnsweredWithItsErrorAndLeavesNothingTheOthersAreWritten() throws Exception {
        var dept = projections.deptByAppId(f.appId).orElseThrow();
        var item = projections.deptItems(f.deptId).stream().filter(i -> i.checkItem().equals(product)).findFirst()
                .orElseThrow();
        var snapshot = products.get(product).orElseThrow();
        var wallet = guard.check(f.orgId);
        var caller = new CallPipeline.Caller(dept, "sig", "127.0.0.1");
        var outcome = new CallRecorder.Outcome(false, true, true, "{\"result\":\"1\"}", 0, "查询成功", null, null,
                "SANDBOX", List.of(), null);
        List<CallRecorder.Input> inputs = new ArrayList<>();
        String badSeqNo = null;
        for (int i = 0; i < 5; i++) {
            LocalDateTime now = LocalDateTime.now();
            String seqNo = seqNos.next(now);
            // the third call cannot be stored (a tag longer than its column: the pipeline refuses it, not this path)
            String tag = i == 2 ? "t".repeat(100) : "ok";
            if (i == 2) {
                badSeqNo = seqNo;
            }
            inputs.add(new CallRecorder.Input(seqNo, now, caller, snapshot, item,
                    new OpenCallBody("批量" + i, "33010619900101" + i, null, 1, null, null, tag, null), null, wallet,
                    outcome, 1, null, 0));
        }
        long[] before = groupCommit.stats();
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        List<Future<CallRecorder.Recorded>> results = new ArrayList<>();
        groupCommit.pause();
        try {
            for (CallRecorder.Input in : inputs) {
                results.add(pool.submit(() -> recorder.record(in)));
            }
            awaitQueued(inputs.size());
            groupCommit.resume();
            for (int i = 0; i < results.size(); i++) {
                if (i == 2) {
                    try {
                        results.get(i).get();
                        fail("the call that cannot be stored must not be answered as recorded");
                    } catch (ExecutionException expected) {
                        assertThat(expected.getCause()).isInstanceOf(RuntimeException.class);
                    }
                } else {
                    assertThat(results.get(i).get().answer().fee()).isEqualByComparingTo("0.25");
                }
            }
        } finally {
            groupCommit.resume();
            pool.shutdownNow();
        }
        long[] after = groupCommit.stats();
        assertThat(after[2] - before[2]).as("the shared batch failed, then the bad call alone").isGreaterThanOrEqualTo(2);
        assertThat(f.records()).isEqualTo(4);
        assertThat(f.chargeLines()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from api_record where seq_no = ?", Long.class, badSeqNo)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from charge_line where seq_no = ?", Long.class, badSeqNo)).isZero();
        assertThat(jdbc.queryForObject("select sum(fee) from charge_line where dept_id = ?", BigDecimal.class, f.deptId))
                .isEqualByComparingTo("1.00");
    }

    @Test
    void aTooLongTagIsRefusedAsBadInputBeforeAnythingIsWritten() {
        JsonNode r = f.call(product, new java.util.HashMap<>(java.util.Map.of("name", "张三", "tag", "t".repeat(65))));
        assertThat(r.path("code").asInt()).isEqualTo(40021);
        assertThat(r.path("_status").asInt()).isEqualTo(400);
        assertThat(f.records()).isZero();
    }

    private JsonNode call(HttpClient client, String body) throws Exception {
        String path = "/open/v1/" + product;
        String ts = String.valueOf(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        HttpRequest req = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Content-Type", "application/json").header("X-App-Id", f.appId).header("X-Timestamp", ts)
                .header("X-Nonce", nonce).header("X-Signature", Signature.sign(f.secret, "POST", path, ts, nonce, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return json.readTree(client.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }
}
