package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 (crash and redelivery) on the packaged suite: {@code kill -9} of an instance in the middle of a charge
 * batch (svc-apicall with calls in flight, then svc-wallet consuming ApiCallCharged), a payment audit (svc-billing)
 * and a month close (svc-billing, held at its last statement by a row lock of the test), a restart of the RocketMQ
 * broker with calls in flight, a batch task (svc-apicall holding it, taken over after its heartbeat went stale), and
 * events delivered again (outbox rows reset twice) → after recovery nothing is lost
 * or doubled ({@link #assertNothingLostOrDoubled}). Heavy (several restarts): tagged {@code crash}, run with
 * {@code ./mvnw verify -Pcrash}.
 */
@Tag("crash")
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PRODUCT = "MOBILE3_CHECK"; // deptItem 2 of dept 1: 0.40 per call
    private static final List<String> SURVIVED = new ArrayList<>();

    private static Suite suite;
    private static Gateway gateway;
    private static OpenApiClient open;
    private static LocalDateTime since;

    @BeforeAll
    static void connect(Suite running) throws Exception {
        suite = running;
        gateway = new Gateway(running);
        open = OpenApiClient.demo(gateway);
        since = LocalDateTime.now(SHANGHAI).minusSeconds(1);
    }

    @AfterAll
    static void summary() {
        System.out.println("crash: " + SURVIVED.size() + " crash scenarios survived, 0 differences: " + SURVIVED);
    }

    @Test
    @Order(1)
    void aChargeBatchSurvivesKilledApicallAndWallet() throws Exception {
        Calls calls = Calls.start(6, 240);
        LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
        String apicall = suite.instancesOf("svc-apicall").get(0);
        suite.kill9(apicall);
        LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
        suite.kill9("svc-wallet");
        calls.awaitDone();
        restartAll(List.of(apicall, "svc-wallet"));
        System.out.printf("crash: charge batch — %d calls answered 0, %d failed while %s and svc-wallet were killed%n",
                calls.ok.get(), calls.failed.get(), apicall);
        assertThat(calls.ok.get()).isPositive();
        assertNothingLostOrDoubled();
        SURVIVED.add("kill -9 svc-apicall + svc-wallet during charges");
    }

    @Test
    @Order(2)
    void theBrokerRestartsWhileCallsAreCharged() throws Exception {
        Calls calls = Calls.start(4, 120);
        LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
        suite.restartBroker(Duration.ofSeconds(3));
        calls.awaitDone();
        System.out.printf("crash: broker restart — %d calls answered 0, %d failed%n", calls.ok.get(), calls.failed.get());
        assertNothingLostOrDoubled();
        SURVIVED.add("RocketMQ broker restart during charges");
    }

    @Test
    @Order(3)
    void aPaymentAuditSurvivesAKilledBillingInstance() throws Exception {
        Sql billing = new Sql(suite, "nuoer_billing");
        String sales = gateway.login("sales");
        String crm = gateway.login("crm");
        Long customerId = billing.one("select organization_id from dept_view where dept_id = 1");
        LocalDateTime t0 = LocalDateTime.now(SHANGHAI).minusSeconds(1);
        int n = 16;
        for (int i = 0; i < n; i++) {
            Gateway.Answer added = gateway.post("/mt/sales/finance/payment/add", sales, Map.of("customerId", customerId,
                    "amount", new BigDecimal("1.50"), "paymentDate", LocalDate.now(SHANGHAI).toString(),
                    "remark", "CrashRecoveryIT " + i));
            assertThat(added.code()).as(added.body().toString()).isZero();
        }
        List<String> payments = billing.rows("select payment_no from payment where customer_id = ? and create_time >= ? "
                + "and state = 0 order by id", customerId, t0).stream().map(r -> (String) r.get("payment_no")).toList();
        assertThat(payments).hasSize(n);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Gateway.Answer>> audits = new ArrayList<>();
        for (String no : payments) {
            audits.add(pool.submit(() -> gateway.post("/mt/crm/bill/payment/audit", crm,
                    Map.of("paymentNo", no, "auditType", "pass"))));
        }
        LockSupport.parkNanos(300_000_000L); // some audits done, some in flight
        String killed = suite.instancesOf("svc-billing").get(0);
        suite.kill9(killed);
        int failed = 0;
        for (Future<Gateway.Answer> audit : audits) {
            try {
                if (audit.get().code() != 0) {
                    failed++;
                }
            } catch (Exception e) {
                failed++;
            }
        }
        pool.shutdown();
        restartAll(List.of(killed));
        // ops audit again whatever is still open (a second audit of a passed payment changes nothing)
        for (String no : payments) {
            Gateway.Answer again = gateway.post("/mt/crm/bill/payment/audit", crm, Map.of("paymentNo", no, "auditType", "pass"));
            assertThat(again.status()).isLessThan(500);
        }
        System.out.printf("crash: payment audit — %d of %d audits failed while %s was killed, audited again%n", failed, n,
                killed);
        assertThat(billing.count("select count(*) from payment where payment_no = any(?) and state = 10",
                (Object) payments.toArray(String[]::new))).isEqualTo(n);
        assertNothingLostOrDoubled();
        SURVIVED.add("kill -9 svc-billing during payment audits");
    }

    @Test
    @Order(4)
    void aMonthCloseKilledBeforeItsCommitLeavesNothingAndRunsOnceAfterwards() throws Exception {
        Sql billing = new Sql(suite, "nuoer_billing");
        String month = YearMonth.now(SHANGHAI).minusMonths(1).toString();
        long runs = billing.count("select runs from billing_close where kind = 'MONTH' and period = ?", month);
        int locked = logCount("svc-billing", "Locked 'billing-month-close'");
        String killed;
        // the close's last statement upserts billing_close: holding that row makes the next close wait before its commit
        try (Connection hold = DriverManager.getConnection(suite.jdbcUrl("nuoer_billing"), "postgres", "")) {
            hold.setAutoCommit(false);
            try (PreparedStatement ps = hold.prepareStatement(
                    "select runs from billing_close where kind = 'MONTH' and period = ? for update")) {
                ps.setString(1, month);
                ps.executeQuery().close();
            }
            Await.until("a month close started", Duration.ofSeconds(30),
                    () -> logCount("svc-billing", "Locked 'billing-month-close'"), n -> n > locked);
            killed = lockHolder(locked);
            LockSupport.parkNanos(1_000_000_000L); // let it reach the held row
            suite.kill9(killed);
            hold.rollback();
        }
        assertThat(billing.count("select runs from billing_close where kind = 'MONTH' and period = ?", month))
                .as("the killed close left nothing").isEqualTo(runs);
        restartAll(List.of(killed));
        // the crashed close's ShedLock is held until lockAtMostFor (30 min); let it expire now
        // (ShedLock keeps lock_until in UTC database time: shift it instead of comparing clocks)
        billing.update("update shedlock set lock_until = lock_until - interval '1 hour' where name = 'billing-month-close'");
        Await.until("the month closed after the crash", Duration.ofSeconds(45),
                () -> billing.count("select runs from billing_close where kind = 'MONTH' and period = ?", month),
                n -> n > runs);
        LockSupport.parkNanos(2_000_000_000L);
        assertThat(billing.count("select runs from billing_close where kind = 'MONTH' and period = ?", month))
                .isEqualTo(runs + 1);
        System.out.printf("crash: month close %s — %s killed before its commit, closed once afterwards%n", month, killed);
        assertNothingLostOrDoubled();
        SURVIVED.add("kill -9 svc-billing during the month close");
    }

    @Test
    @Order(5)
    void eventsDeliveredTwiceMoreChangeNothing() throws Exception {
        Sql apicall = new Sql(suite, "nuoer_apicall");
        Sql billing = new Sql(suite, "nuoer_billing");
        String customer = gateway.login("beeback");
        BigDecimal balance = gateway.demoWalletBalance(customer);
        for (int round = 0; round < 2; round++) {
            int charged = apicall.update("""
                    update outbox_event set published_at = null, next_attempt_at = localtimestamp
                    where event_type = 'ApiCallCharged' and occurred_at >= ?""", since);
            int approved = billing.update("""
                    update outbox_event set published_at = null, next_attempt_at = localtimestamp
                    where event_type = 'PaymentApproved' and occurred_at >= ?""", since);
            System.out.printf("crash: redelivery round %d — %d ApiCallCharged, %d PaymentApproved sent again%n",
                    round + 1, charged, approved);
            assertThat(charged).isPositive();
            Await.until("outboxes published again", Duration.ofSeconds(30),
                    () -> apicall.count("select count(*) from outbox_event where published_at is null")
                            + billing.count("select count(*) from outbox_event where published_at is null"),
                    n -> n == 0);
        }
        LockSupport.parkNanos(5_000_000_000L); // the consumers' turn
        assertThat(gateway.demoWalletBalance(customer)).isEqualByComparingTo(balance);
        assertNothingLostOrDoubled();
        SURVIVED.add("every charge and payment event delivered three times");
    }

    @Test
    @Order(6)
    void aBatchTaskSurvivesItsKilledWorkerAndCallsEveryRowOnce() throws Exception {
        Sql apicall = new Sql(suite, "nuoer_apicall");
        String customer = gateway.login("beeback");
        int n = 400;
        StringBuilder csv = new StringBuilder("姓名,身份证号,手机号\n");
        for (int i = 0; i < n; i++) {
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i * 37L);
            csv.append("批量").append(i).append(',').append("110101").append(birth.format(
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE)).append(String.format("%03d", i % 1000))
                    .append('7').append(',').append(String.format("139%08d", 10_000_000 + i)).append('\n');
        }
        com.fasterxml.jackson.databind.JsonNode submitted = submitBatch(customer, "CrashRecoveryIT 批量任务", csv.toString());
        long taskId = submitted.path("id").asLong();
        String taskNo = submitted.path("taskNo").asText();
        assertThat(submitted.path("sampleCount").asInt()).isEqualTo(n);
        Gateway.Answer executed = gateway.post("/mt/beeback/apiTask/execute", customer, Map.of("id", taskId));
        assertThat(executed.code()).as(executed.body().toString()).isZero();

        // some rows called, the task held by one instance: kill that one
        Map<String, Object> running = Await.until("task " + taskNo + " under way", Duration.ofSeconds(60),
                () -> apicall.rows("""
                        select t.worker_id, t.state, (select count(*) from api_task_row r
                                                       where r.task_id = t.id and r.state <> 0) as done
                        from api_task t where t.id = ?""", taskId).get(0),
                r -> r.get("worker_id") != null && ((Number) r.get("done")).longValue() >= 20);
        long doneBefore = ((Number) running.get("done")).longValue();
        assertThat(doneBefore).as("rows done before the kill (more rows needed if the task was that fast)")
                .isLessThan(n);
        String holder = null;
        for (String instance : suite.instancesOf("svc-apicall")) {
            if (((String) running.get("worker_id")).startsWith(suite.pid(instance) + "@")) {
                holder = instance;
            }
        }
        assertThat(holder).as("instance of worker " + running.get("worker_id")).isNotNull();
        suite.kill9(holder);
        long doneAtKill = apicall.count("select count(*) from api_task_row where task_id = ? and state <> 0", taskId);
        restartAll(List.of(holder));
        // the dead worker's claim goes stale (nuoer.apicall.task.stale-after, 10 s in the suite) and is taken over
        Await.until("task " + taskNo + " finished after the takeover", Duration.ofSeconds(180),
                () -> apicall.count("select state from api_task where id = ?", taskId), state -> state == 30);
        Map<String, Object> task = apicall.rows("""
                select worker_id, sample_count, finished_count, charged_count, fee from api_task where id = ?""",
                taskId).get(0);
        System.out.printf("crash: batch task %s — %s (worker %s) killed at %d of %d rows, finished after the takeover%n",
                taskNo, holder, running.get("worker_id"), doneAtKill, n);

        // every row called exactly once: one record per row, none missing, none doubled
        String tag = "apiTask:" + taskNo + ":%";
        assertThat(apicall.count("select count(*) from api_task_row where task_id = ? and state = 10", taskId))
                .as("rows called").isEqualTo(n);
        assertThat(apicall.count("select count(*) from api_record where extend like ?", tag))
                .as("call records of the task").isEqualTo(n);
        assertThat(apicall.count("select count(distinct extend) from api_record where extend like ?", tag))
                .as("rows with a call record").isEqualTo(n);
        assertThat(apicall.count("""
                select count(*) from api_task_row r where r.task_id = ? and not exists (
                    select 1 from api_record a where a.seq_no = r.seq_no
                    and a.extend = 'apiTask:' || ? || ':' || r.row_no)""", taskId, taskNo))
                .as("rows whose seqNo is not their call record").isZero();
        // charged once: one charge line per charged record, the task's fee = Σ its charged records
        long chargedRecords = apicall.count("select count(*) from api_record where extend like ? and is_fee = 1 and fee > 0",
                tag);
        assertThat(chargedRecords).as("charged calls of the task").isPositive();
        assertThat(apicall.count("""
                select count(*) from charge_line c join api_record a on a.seq_no = c.seq_no where a.extend like ?""", tag))
                .as("charge lines of the task").isEqualTo(chargedRecords);
        assertThat(apicall.count("""
                select count(*) from (select c.seq_no from charge_line c join api_record a on a.seq_no = c.seq_no
                                      where a.extend like ? group by 1 having count(*) > 1) d""", tag))
                .as("doubled charge lines").isZero();
        BigDecimal recordFees = apicall.one("select coalesce(sum(fee), 0) from api_record where extend like ? and is_fee = 1",
                tag);
        assertThat(((Number) task.get("finished_count")).intValue()).isEqualTo(n);
        assertThat(((Number) task.get("charged_count")).longValue()).isEqualTo(chargedRecords);
        assertThat((BigDecimal) task.get("fee")).isEqualByComparingTo(recordFees);
        assertNothingLostOrDoubled(); // and the charge batches of these lines reached the wallet once
        SURVIVED.add("kill -9 svc-apicall during a batch task");
    }

    // ------------------------------------------------------------------ invariants

    /**
     * The invariants of issue 15 straight on the databases, after waiting for the outboxes and consumers, and
     * the platform reconciliation ({@code POST /mt/crm/reconciliation/run} → zero differences).
     */
    static void assertNothingLostOrDoubled() throws Exception {
        Sql apicall = new Sql(suite, "nuoer_apicall");
        Sql wallet = new Sql(suite, "nuoer_wallet");
        Sql billing = new Sql(suite, "nuoer_billing");
        // recovery: every charge line batched, every outbox published, every batch a wallet flow
        Await.until("charge lines batched and outboxes drained", Duration.ofSeconds(60), () ->
                apicall.count("select count(*) from charge_line where batch_no is null")
                        + apicall.count("select count(*) from outbox_event where published_at is null")
                        + billing.count("select count(*) from outbox_event where published_at is null")
                        + wallet.count("select count(*) from outbox_event where published_at is null"), n -> n == 0);
        List<Map<String, Object>> batches = apicall.rows(
                "select batch_no, fee from charge_batch where create_date >= ? and fee > 0", since);
        String[] batchNos = batches.stream().map(b -> (String) b.get("batch_no")).toArray(String[]::new);
        Await.until("every charge batch reached its wallet", Duration.ofSeconds(60), () -> wallet.count(
                        "select count(*) from wallet_flow where biz_type = 'pay' and business_no = any(?)", (Object) batchNos)
                        + wallet.count("select count(*) from wallet_arrears where biz_type = 'pay' and business_no = any(?)",
                        (Object) batchNos), n -> n >= batchNos.length);

        // charged calls ⇔ charge lines (one each), lines ⇔ batches
        assertThat(apicall.count("""
                select count(*) from api_record r where r.create_date >= ? and r.is_fee = 1 and r.fee > 0
                and r.wallet_id is not null and not exists (select 1 from charge_line c where c.seq_no = r.seq_no)""", since))
                .as("charged records without a charge line").isZero();
        assertThat(apicall.count("""
                select count(*) from charge_line c where c.create_date >= ?
                and not exists (select 1 from api_record r where r.seq_no = c.seq_no)""", since))
                .as("charge lines without a record").isZero();
        assertThat(apicall.count("""
                select count(*) from charge_batch b where b.create_date >= ?
                and b.fee <> (select coalesce(round(sum(fee), 2), 0) from charge_line c where c.batch_no = b.batch_no)""", since))
                .as("batches whose lines do not add up").isZero();
        // each batch charged exactly once, with its amount
        for (Map<String, Object> b : batches) {
            List<Map<String, Object>> flows = wallet.rows(
                    "select flow_amount from wallet_flow where biz_type = 'pay' and business_no = ?", b.get("batch_no"));
            long arrears = wallet.count("select count(*) from wallet_arrears where biz_type = 'pay' and business_no = ?",
                    b.get("batch_no"));
            assertThat(flows.size() + arrears).as("wallet entries of batch " + b.get("batch_no")).isEqualTo(1);
            if (!flows.isEmpty()) {
                assertThat((BigDecimal) flows.get(0).get("flow_amount")).isEqualByComparingTo((BigDecimal) b.get("fee"));
            }
        }
        // wallets: every flow continues the previous balance, the last one is the balance
        assertThat(wallet.count("""
                select count(*) from (
                    select after_balance, lag(after_balance) over w as prev,
                           case flow_type when 'in' then flow_amount else -flow_amount end as delta
                    from wallet_flow where wallet_version is not null
                    window w as (partition by wallet_id order by wallet_version, id)) f
                where prev is not null and after_balance <> prev + delta""")).as("flows not continuing the balance").isZero();
        assertThat(wallet.count("""
                select count(*) from wallet w join lateral (
                    select after_balance from wallet_flow f where f.wallet_id = w.id and f.wallet_version is not null
                    order by f.wallet_version desc, f.id desc limit 1) last on true
                where last.after_balance <> w.balance""")).as("wallets whose last flow is not the balance").isZero();
        // statements once per account and month; payments credited once with their residue
        assertThat(billing.count("""
                select count(*) from (select dept_id, bill_date from bill_statement where not deleted
                                      group by 1, 2 having count(*) > 1) d""")).as("doubled statements").isZero();
        for (Map<String, Object> p : billing.rows("""
                select payment_no, residue_amount from payment where state = 10 and create_time >= ?""", since)) {
            BigDecimal residue = p.get("residue_amount") == null ? BigDecimal.ZERO : (BigDecimal) p.get("residue_amount");
            List<Map<String, Object>> credits = Await.until("payment " + p.get("payment_no") + " credited",
                    Duration.ofSeconds(30), () -> wallet.rows("""
                            select flow_amount from wallet_flow where biz_type = 'recharge' and business_no = ?""",
                            p.get("payment_no")), rows -> residue.signum() == 0 || !rows.isEmpty());
            assertThat(credits).as("credits of " + p.get("payment_no")).hasSize(residue.signum() > 0 ? 1 : 0);
            if (residue.signum() > 0) {
                assertThat((BigDecimal) credits.get(0).get("flow_amount")).isEqualByComparingTo(residue);
            }
        }
        // and the platform's own reconciliation (svc-billing, every invariant incl. events published = consumed)
        Reconciliation.assertClean(gateway);
    }

    // ------------------------------------------------------------------ helpers

    /** Open-API calls through the gateway on a few threads until {@code total} were sent. */
    private static final class Calls {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();
        final List<CompletableFuture<Void>> workers = new ArrayList<>();

        static Calls start(int threads, int total) {
            Calls calls = new Calls();
            for (int t = 0; t < threads; t++) {
                calls.workers.add(CompletableFuture.runAsync(() -> {
                    while (calls.sent.incrementAndGet() <= total) {
                        try {
                            (open.call(PRODUCT).code() == 0 ? calls.ok : calls.failed).incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            calls.failed.incrementAndGet();
                        }
                        LockSupport.parkNanos(20_000_000L);
                    }
                }));
            }
            return calls;
        }

        void awaitDone() {
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        }
    }

    /** The instance that logged the newest "Locked 'billing-month-close'" (the one running the close). */
    private static String lockHolder(int before) throws Exception {
        for (String instance : suite.instancesOf("svc-billing")) {
            try (var lines = java.nio.file.Files.lines(suite.log(instance))) {
                List<String> all = lines.filter(l -> l.contains("Locked 'billing-month-close'")).toList();
                if (!all.isEmpty() && logCount("svc-billing", "Locked 'billing-month-close'") > before) {
                    String last = all.get(all.size() - 1);
                    String newest = newestLockLine();
                    if (last.equals(newest)) {
                        return instance;
                    }
                }
            }
        }
        throw new AssertionError("no instance holds the month close");
    }

    /** Lines containing {@code text} in the logs of every instance of {@code app} (ClusterIT's helper needs ClusterIT's suite). */
    private static int logCount(String app, String text) throws Exception {
        int n = 0;
        for (String instance : suite.instancesOf(app)) {
            try (var lines = java.nio.file.Files.lines(suite.log(instance))) {
                n += (int) lines.filter(l -> l.contains(text)).count();
            }
        }
        return n;
    }

    private static String newestLockLine() throws Exception {
        String newest = null;
        for (String instance : suite.instancesOf("svc-billing")) {
            try (var lines = java.nio.file.Files.lines(suite.log(instance))) {
                for (String l : lines.filter(l -> l.contains("Locked 'billing-month-close'")).toList()) {
                    if (newest == null || l.compareTo(newest) > 0) {
                        newest = l;
                    }
                }
            }
        }
        return newest;
    }

    private static void restartAll(List<String> instances) throws Exception {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (String instance : instances) {
            starts.add(CompletableFuture.runAsync(() -> {
                try {
                    suite.restart(instance);
                } catch (Exception e) {
                    throw new IllegalStateException(instance + " did not come back", e);
                }
            }));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    }

    /** POST /mt/beeback/apiTask/submitBatch (multipart, saveAsDraft=false, plain text): the new task. */
    private static com.fasterxml.jackson.databind.JsonNode submitBatch(String token, String name, String csv)
            throws Exception {
        String boundary = "----crash" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : Map.of("taskName", name, "checkItem", PRODUCT, "encryptionType", "1",
                "saveAsDraft", "false").entrySet()) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(f.getKey()).append("\"\r\n\r\n")
                    .append(f.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"crash.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(suite.gatewayUrl()
                                + "/mt/beeback/apiTask/submitBatch"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString(),
                                java.nio.charset.StandardCharsets.UTF_8)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        com.fasterxml.jackson.databind.JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(response.body());
        assertThat(answer.path("code").asInt(-1)).as("submitBatch: " + response.body()).isZero();
        return answer.path("data");
    }

}
