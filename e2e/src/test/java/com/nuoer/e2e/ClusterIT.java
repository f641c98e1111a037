package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 on the packaged suite with two instances each of svc-billing and svc-apicall behind the gateway (one
 * static discovery list): requests spread over both (each instance's own request metrics), charges are applied once
 * whichever instance serves the call, a deptItem change reaches the in-memory copies of BOTH apicall instances, the
 * month close runs once per firing although both billing instances fire, and a scheduled product state change is
 * applied once although both apicall instances poll for it.
 */
@ExtendWith(SuiteExtension.class)
class ClusterIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CHARGED_PRODUCT = "MOBILE3_CHECK"; // deptItem 2 of dept 1: 0.40 per call, no free count
    private static final long TOGGLED_DEPT_ITEM = 1;             // ID2_CHECK of dept 1
    private static final String SCHEDULED_PRODUCT = "MOBILE_STATUS";

    private static Suite suite;
    private static Gateway gateway;

    @BeforeAll
    static void connect(Suite running) {
        suite = running;
        gateway = new Gateway(running);
    }

    @Test
    void requestsThroughTheGatewaySpreadOverBothInstances() throws Exception {
        assertThat(suite.instancesOf("svc-billing")).hasSize(2);
        assertThat(suite.instancesOf("svc-apicall")).hasSize(2);
        String customer = gateway.login("beeback");
        String billingUri = "/mt/beeback/billStatement/list";
        String apicallUri = "/mt/beeback/apiData/recordList";
        Map<String, Long> before = requestCounts(billingUri, apicallUri);

        int n = 20;
        for (int i = 0; i < n; i++) {
            assertThat(gateway.post(billingUri, customer, Map.of("pageNo", 1, "pageSize", 5)).status()).isLessThan(500);
            assertThat(gateway.post(apicallUri, customer, Map.of("pageNo", 1, "pageSize", 5)).status()).isLessThan(500);
        }

        Map<String, Long> after = Await.until("request metrics of every instance", Duration.ofSeconds(10),
                () -> requestCounts(billingUri, apicallUri),
                counts -> sumOf(counts, "svc-billing") - sumOf(before, "svc-billing") >= n
                        && sumOf(counts, "svc-apicall") - sumOf(before, "svc-apicall") >= n);
        Map<String, Long> served = new LinkedHashMap<>();
        after.forEach((instance, count) -> served.put(instance, count - before.get(instance)));
        System.out.println("cluster: requests served per instance " + served);
        for (String app : List.of("svc-billing", "svc-apicall")) {
            for (String instance : suite.instancesOf(app)) {
                assertThat(served.get(instance)).as(instance + " served " + served).isGreaterThanOrEqualTo(n / 4);
            }
            assertThat(sumOf(after, app) - sumOf(before, app)).as(app).isEqualTo(n);
        }
    }

    @Test
    void chargesAreAppliedOnceWhicheverInstanceServesTheCall() throws Exception {
        OpenApiClient open = OpenApiClient.demo(gateway);
        String customer = gateway.login("beeback");
        BigDecimal before = gateway.demoWalletBalance(customer);
        Map<String, Long> servedBefore = openCallCounts();

        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Gateway.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(pool.submit(() -> open.call(CHARGED_PRODUCT)));
        }
        BigDecimal fees = BigDecimal.ZERO;
        List<String> seqNos = new ArrayList<>();
        for (Future<Gateway.Answer> call : calls) {
            Gateway.Answer answer = call.get();
            assertThat(answer.code()).as(answer.body().toString()).isZero();
            fees = fees.add(new BigDecimal(answer.data().path("fee").asText("0")));
            seqNos.add(answer.data().path("seqNo").asText());
        }
        pool.shutdown();
        assertThat(fees).isEqualByComparingTo(new BigDecimal("0.40").multiply(BigDecimal.valueOf(n)));
        assertThat(seqNos).doesNotHaveDuplicates().doesNotContain("");

        Map<String, Long> servedAfter = openCallCounts();
        for (String instance : suite.instancesOf("svc-apicall")) {
            assertThat(servedAfter.get(instance) - servedBefore.get(instance)).as(instance).isPositive();
        }
        BigDecimal expected = before.subtract(fees);
        Await.until("wallet charged by Σ fees", Duration.ofSeconds(30), () -> gateway.demoWalletBalance(customer),
                balance -> balance.compareTo(expected) <= 0);
        LockSupport.parkNanos(3_000_000_000L); // a doubled batch would arrive within the next batching rounds
        assertThat(gateway.demoWalletBalance(customer)).isEqualByComparingTo(expected);

        Sql apicall = new Sql(suite, "nuoer_apicall");
        String in = "('" + String.join("','", seqNos) + "')";
        assertThat(apicall.count("select count(*) from api_record where seq_no in " + in)).isEqualTo(n);
        assertThat(apicall.count("select count(*) from charge_line where batch_no is not null and seq_no in " + in))
                .isEqualTo(n);
        List<Object> batches = apicall.rows("select distinct batch_no from charge_line where seq_no in " + in).stream()
                .map(r -> r.get("batch_no")).toList();
        Sql wallet = new Sql(suite, "nuoer_wallet");
        String batchList = "('" + String.join("','", batches.stream().map(Object::toString).toList()) + "')";
        assertThat(wallet.count("select count(*) from wallet_flow where biz_type = 'pay' and business_no in " + batchList))
                .isEqualTo(batches.size());
        System.out.printf("cluster: %d open-API calls, Σ fees %s, %d charge batches, wallet %s → %s%n", n, fees,
                batches.size(), before, expected);
    }

    @Test
    void aDeptItemChangeReachesEveryApicallInstance() throws Exception {
        String crm = gateway.login("crm");
        OpenApiClient open = OpenApiClient.demo(gateway);
        List<OpenApiClient> instances = suite.instancesOf("svc-apicall").stream().map(i -> open.at(suite, i)).toList();
        // every instance serves the product and holds it in its read cache
        for (OpenApiClient instance : instances) {
            Gateway.Answer answer = instance.call("ID2_CHECK");
            assertThat(answer.code()).as(answer.body().toString()).isZero();
        }
        try {
            Gateway.Answer disabled = gateway.post("/mt/crm/customer/deptItem/disable", crm,
                    Map.of("deptId", 1, "deptItemIds", List.of(TOGGLED_DEPT_ITEM)));
            assertThat(disabled.code()).as(disabled.body().toString()).isZero();
            // well within the caches' 30 s lifetime: only an event seen by every instance can explain the refusal
            for (OpenApiClient instance : instances) {
                Gateway.Answer refused = Await.until("disabled deptItem refused by " + instance.target(),
                        Duration.ofSeconds(10), () -> instance.call("ID2_CHECK"), answer -> answer.code() != 0);
                System.out.println("cluster: disabled deptItem refused with " + refused.code());
            }
        } finally {
            Gateway.Answer enabled = gateway.post("/mt/crm/customer/deptItem/enable", crm,
                    Map.of("deptId", 1, "deptItemIds", List.of(TOGGLED_DEPT_ITEM)));
            assertThat(enabled.code()).as(enabled.body().toString()).isZero();
        }
        for (OpenApiClient instance : instances) {
            Await.until("enabled deptItem served again", Duration.ofSeconds(10), () -> instance.call("ID2_CHECK"),
                    answer -> answer.code() == 0);
        }
    }

    @Test
    void theMonthCloseRunsOnceWhenBothBillingInstancesFire() throws Exception {
        Sql billing = new Sql(suite, "nuoer_billing");
        String month = java.time.YearMonth.now(SHANGHAI).minusMonths(1).toString();
        // start 5 s after a firing (every 20 s on both instances), look again 5 s after the next one
        waitForSecondOfWindow(5);
        long runs = runs(billing, month);
        int locked = logCount("svc-billing", "Locked 'billing-month-close'");
        int skipped = logCount("svc-billing", "Not executing 'billing-month-close'");
        LockSupport.parkNanos(Duration.ofSeconds(20).toNanos());

        assertThat(logCount("svc-billing", "Not executing 'billing-month-close'") - skipped)
                .as("the other instance fired too and was refused").isEqualTo(1);
        assertThat(logCount("svc-billing", "Locked 'billing-month-close'") - locked).as("runs started").isEqualTo(1);
        assertThat(runs(billing, month) - runs).as("closes of " + month).isEqualTo(1);
        assertThat(billing.count("""
                select count(*) from (select dept_id from bill_statement where bill_date = ? and not deleted
                                      group by dept_id having count(*) > 1) d""", month)).isZero();
        assertThat(billing.count("""
                select count(*) from (select statement_no, check_item, price from bill_detail
                                      where bill_type = 'cust_monthly' and bill_date = ? and not manual
                                      group by 1, 2, 3 having count(*) > 1) d""", month)).isZero();
        assertThat(billing.count("""
                select count(*) from (select dept_id, check_item, data_source_id, check_config_id from bill_detail
                                      where bill_type = 'source_monthly' and bill_date = ?
                                      group by 1, 2, 3, 4 having count(*) > 1) d""", month)).isZero();
    }

    @Test
    void aScheduledProductStateChangeIsAppliedOnce() throws Exception {
        String crm = gateway.login("crm");
        Sql apicall = new Sql(suite, "nuoer_apicall");
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        int applications = logCount("svc-apicall", "applied: " + SCHEDULED_PRODUCT);
        Gateway.Answer scheduled = gateway.post("/mt/crm/checkItem/changeState", crm, Map.of(
                "checkItem", SCHEDULED_PRODUCT, "state", 5, "noticeScope", 0,
                "effectTime", now.plusSeconds(4).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                "note", "ClusterIT", "confirmed", true));
        assertThat(scheduled.code()).as(scheduled.body().toString()).isZero();
        long changeId = scheduled.data().path("changeId").asLong();
        try {
            Await.until("change " + changeId + " applied", Duration.ofSeconds(40),
                    () -> apicall.count("select status from check_item_state_change where id = ?", changeId),
                    status -> status == 20);
            LockSupport.parkNanos(Duration.ofSeconds(7).toNanos()); // both instances poll every 3 s
            assertThat(apicall.count("""
                    select count(*) from outbox_event where event_type = 'CheckItemChanged' and aggregate_id = ?
                    and occurred_at >= ?""", SCHEDULED_PRODUCT, now.minusSeconds(1))).isEqualTo(1);
            assertThat(logCount("svc-apicall", "applied: " + SCHEDULED_PRODUCT) - applications).isEqualTo(1);
        } finally {
            Gateway.Answer back = gateway.post("/mt/crm/checkItem/changeState", crm, Map.of(
                    "checkItem", SCHEDULED_PRODUCT, "state", 10, "noticeScope", 0, "confirmed", true));
            assertThat(back.code()).as(back.body().toString()).isZero();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static long runs(Sql billing, String month) {
        return billing.count("select runs from billing_close where kind = 'MONTH' and period = ?", month);
    }

    private static void waitForSecondOfWindow(int second) {
        while (LocalDateTime.now().getSecond() % 20 != second) {
            LockSupport.parkNanos(200_000_000L);
        }
    }

    /** Lines containing {@code text} in the logs of every instance of the app. */
    static int logCount(String app, String text) throws Exception {
        int n = 0;
        for (String instance : suite.instancesOf(app)) {
            try (var lines = Files.lines(suite.log(instance))) {
                n += (int) lines.filter(l -> l.contains(text)).count();
            }
        }
        return n;
    }

    /** Requests each instance of svc-billing and svc-apicall counted for these URI patterns (http.server.requests). */
    static Map<String, Long> requestCounts(String... uris) throws Exception {
        return counts(List.of("svc-billing", "svc-apicall"), line -> line.startsWith("http_server_requests_seconds_count{")
                && Arrays.stream(uris).anyMatch(uri -> line.contains("uri=\"" + uri + "\"")));
    }

    /** Open-API calls each svc-apicall instance answered (OpenApiCallFilter's own timer). */
    static Map<String, Long> openCallCounts() throws Exception {
        return counts(List.of("svc-apicall"), line -> line.startsWith("nuoer_apicall_open_requests_seconds_count{"));
    }

    /** Σ of the Prometheus sample lines matching {@code lines}, per instance of the apps (their own endpoint). */
    private static Map<String, Long> counts(List<String> apps, Predicate<String> lines) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String app : apps) {
            for (String instance : suite.instancesOf(app)) {
                String metrics = new Gateway("http://127.0.0.1:" + suite.port(instance))
                        .getText("/actuator/prometheus").body();
                long sum = 0;
                for (String line : metrics.split("\n")) {
                    if (lines.test(line)) {
                        sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                counts.put(instance, sum);
            }
        }
        return counts;
    }

    private static long sumOf(Map<String, Long> counts, String app) {
        return suite.instancesOf(app).stream().mapToLong(counts::get).sum();
    }
}
