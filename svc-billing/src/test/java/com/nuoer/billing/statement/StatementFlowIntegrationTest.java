package com.nuoer.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.billing.bill.DayClose;
import com.nuoer.billing.storage.FileStorage;
import com.nuoer.billing.support.BillingIT;
import com.nuoer.common.messaging.events.UsageAggregated;
import com.nuoer.common.messaging.events.UsageAggregated.PriceLine;
import com.nuoer.common.messaging.events.UsageAggregated.UpstreamUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The billing flow driven by the clock (Kill Bill style): usage snapshots on several days at two prices (a price
 * change in the middle of the month, a duplicate delivery, an older snapshot arriving late) → day close → month
 * close → the statement total is exactly Σ(charged calls × price in force), free calls excluded; a second month close
 * changes nothing; recheck → send (the SendNotice command in the outbox) → customer confirm → archive; illegal
 * transitions are refused with 40921.
 */
class StatementFlowIntegrationTest extends BillingIT {

    @Autowired DayClose dayClose;
    @Autowired MonthClose monthClose;
    @Autowired FileStorage storage;

    private final long dept = 500_000 + ThreadLocalRandom.current().nextLong(1_000_000);
    private final long org = dept;
    private final YearMonth month = YearMonth.of(2031, 3).plusMonths(ThreadLocalRandom.current().nextInt(0, 600));

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void customer() {
        jdbc.update("insert into customer_view (organization_id, merchant_id, user_id, name, email, assistant_id, state) "
                + "values (?, ?, ?, ?, ?, 2, 10)", org, org, org, "测试流程客户" + org, "flow" + org + "@it.example");
        jdbc.update("insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, emails, overdraft_type) "
                + "values (?, ?, ?, ?, ?, ?, 0)", dept, org, org, "测试流程客户" + org, "it_app_" + dept,
                "bill" + org + "@it.example");
    }

    private UsageAggregated usage(int day, String item, long calls, long free, long version, PriceLine... lines) {
        long charged = 0;
        BigDecimal fee = BigDecimal.ZERO;
        for (PriceLine l : lines) {
            charged += l.count();
            fee = fee.add(l.fee());
        }
        return new UsageAggregated(month.atDay(day), dept, "it_app_" + dept, org, org, org, item, item + "名称", calls,
                calls, 0, free, charged, fee, List.of(lines),
                List.of(new UpstreamUsage(2L, 2L, "HUAXIN_DATA", "华信数据", calls, charged,
                        new BigDecimal("0.12").multiply(BigDecimal.valueOf(charged)))),
                false, version, LocalDateTime.now(clock));
    }

    private static PriceLine line(String price, long count) {
        return new PriceLine(new BigDecimal(price), count, new BigDecimal(price).multiply(BigDecimal.valueOf(count)));
    }

    private void at(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0));
    }

    private Statement statement() {
        return jdbc.query("select id from bill_statement where dept_id = ? and bill_date = ?",
                (rs, i) -> rs.getLong(1), dept, month.toString()).stream().findFirst()
                .map(id -> statements.findById(id).orElseThrow()).orElse(null);
    }

    @Autowired StatementRepository statements;

    private List<String> lines(String no) {
        return jdbc.query("""
                select check_item, price, count, free_count, charge_count, total_fee from bill_detail
                where statement_no = ? and bill_type = 'cust_monthly' and not removed order by check_item, price""",
                (rs, i) -> rs.getString(1) + "@" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + " calls="
                        + rs.getLong(3) + " free=" + rs.getLong(4) + " charged=" + rs.getLong(5) + " fee="
                        + rs.getBigDecimal(6).toPlainString(), no);
    }

    @Test
    void usageToStatementToArchiveWithExactTotals() {
        customer();
        // day 3: v1, then v2 (more calls), then v2 delivered again (same eventId) and an older v1 arriving late
        at(month.atDay(3), 12);
        deliverUsage(UUID.randomUUID().toString(), usage(3, "ID2_CHECK", 100, 20, 1, line("0.25", 75)));
        String v2 = deliverUsage(UUID.randomUUID().toString(), usage(3, "ID2_CHECK", 120, 20, 2, line("0.25", 95)));
        deliverUsage(v2, usage(3, "ID2_CHECK", 999, 0, 2, line("0.25", 999)));
        deliverUsage(UUID.randomUUID().toString(), usage(3, "ID2_CHECK", 100, 20, 1, line("0.25", 75)));
        // day 14 at the old price, the price changes on day 15 (two lines that day), day 20 at the new price
        deliverUsage(UUID.randomUUID().toString(), usage(14, "ID2_CHECK", 50, 0, 1, line("0.25", 50)));
        deliverUsage(UUID.randomUUID().toString(),
                usage(15, "ID2_CHECK", 85, 5, 3, line("0.25", 10), line("0.30", 70)));
        deliverUsage(UUID.randomUUID().toString(), usage(20, "ID2_CHECK", 200, 0, 1, line("0.30", 200)));
        // a product used only within its free calls
        deliverUsage(UUID.randomUUID().toString(), usage(20, "MOBILE3_CHECK", 30, 30, 1));

        assertThat(jdbc.queryForObject("select charge_count from bill_detail where bill_type = 'cust_daily' "
                + "and dept_id = ? and bill_date = ?", Long.class, dept, month.atDay(3).toString())).isEqualTo(95L);

        // the closes' own work (their scheduled wrappers hold a ShedLock lock for at least 10 s, real time: ClusterIT)
        for (int day : new int[] {3, 14, 15, 20}) {
            at(month.atDay(day).plusDays(1), 0);
            dayClose.close(month.atDay(day));
        }
        assertThat(jdbc.queryForObject("select count(*) from usage_day where dept_id = ? and not closed", Long.class,
                dept)).isZero();

        // month close at 02:00 on the 1st of the next month
        at(month.plusMonths(1).atDay(1), 2);
        monthClose.closePreviousMonth();
        Statement s = statement();
        BigDecimal expected = new BigDecimal("0.25").multiply(BigDecimal.valueOf(95 + 50 + 10))
                .add(new BigDecimal("0.30").multiply(BigDecimal.valueOf(70 + 200)));
        assertThat(expected).isEqualByComparingTo("119.75");
        assertThat(s.getTotalAmount()).isEqualByComparingTo(expected);
        assertThat(s.getSettledAmount()).isEqualByComparingTo(expected); // prepaid: paid from the wallet
        assertThat(s.getState()).isEqualTo(0);
        List<String> before = lines(s.getStatementNo());
        assertThat(before).containsExactly(
                // 455 calls of ID2_CHECK, 425 charged: the 30 uncharged (25 free, 5 not charged) go on the first price
                "ID2_CHECK@0.25 calls=" + (155 + 30) + " free=25 charged=155 fee=38.75",
                "ID2_CHECK@0.3 calls=270 free=0 charged=270 fee=81.00",
                "MOBILE3_CHECK@0 calls=30 free=30 charged=0 fee=0.00");
        assertThat(jdbc.queryForObject("select count(*) from bill_detail where bill_type = 'source_monthly' "
                + "and dept_id = ? and bill_date = ?", Long.class, dept, month.toString())).isEqualTo(2L);

        // a second close of the same month changes nothing
        monthClose.close(month);
        Statement again = statement();
        assertThat(again.getId()).isEqualTo(s.getId());
        assertThat(again.getTotalAmount()).isEqualByComparingTo(expected);
        assertThat(lines(s.getStatementNo())).isEqualTo(before);

        // a late snapshot of day 20 recomputes the statement while it is still 0
        deliverUsage(UUID.randomUUID().toString(), usage(20, "ID2_CHECK", 300, 0, 2, line("0.30", 300)));
        assertThat(statement().getTotalAmount()).isEqualByComparingTo("149.75");

        // recheck (crm) → 10; later usage no longer changes it
        JsonNode r = crm().post("/mt/crm/bill/recheck", Map.of("billId", s.getId()));
        assertThat(r.path("code").asInt()).isZero();
        deliverUsage(UUID.randomUUID().toString(), usage(20, "ID2_CHECK", 400, 0, 3, line("0.30", 400)));
        assertThat(statement().getState()).isEqualTo(10);
        assertThat(statement().getTotalAmount()).isEqualByComparingTo("149.75");

        // illegal: archive before the customer confirmed
        JsonNode refused = crm().post("/mt/crm/bill/archive", Map.of("ids", List.of(s.getId())));
        assertThat(refused.path("code").asInt()).isEqualTo(40921);
        assertThat(refused.path("httpStatus").asInt()).isEqualTo(409);
        assertThat(refused.path("msg").asText()).contains("待确认").contains("归档");

        // attachment (PDF + xlsx through the storage), then send it
        JsonNode att = crm().post("/mt/crm/bill/gainAttachment", Map.of("billId", s.getId(), "rebuildForce", true));
        String url = att.path("data").asText();
        assertThat(url).endsWith(".pdf");
        String key = url.substring(url.indexOf("/files/billing/") + "/files/billing/".length());
        assertThat(new String(storage.get(key).orElseThrow(), 0, 5)).isEqualTo("%PDF-");
        assertThat(storage.get(key.replace(".pdf", ".xlsx"))).isPresent();
        assertThat(crm().post("/mt/crm/bill/gainAttachment", Map.of("billId", s.getId())).path("data").asText())
                .isEqualTo(url);

        JsonNode sent = crm().post("/mt/crm/bill/resend", Map.of("billId", s.getId(),
                "receiverList", List.of("bill" + org + "@it.example"), "ccList", List.of("sales01@nuoer.example"),
                "attachmentUrl", url));
        assertThat(sent.path("code").asInt()).isZero();
        List<Map<String, Object>> outbox = jdbc.queryForList("""
                select topic, event_type, payload ->> 'channel' channel, payload ->> 'receiver' receiver,
                       payload ->> 'attachmentUrl' attachment, payload -> 'cc' ->> 0 cc
                from outbox_event where aggregate_id = ? and event_type = 'SendNotice'""", String.valueOf(s.getId()));
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0)).containsEntry("topic", "notify-command").containsEntry("channel", "email")
                .containsEntry("receiver", "bill" + org + "@it.example").containsEntry("attachment", url)
                .containsEntry("cc", "sales01@nuoer.example");
        assertThat(jdbc.queryForObject("select count(*) from bill_send_record where statement_id = ?", Long.class,
                s.getId())).isEqualTo(1L);

        // the customer confirms (beeback), crm archives; invalidating an archived statement is refused
        JsonNode confirmed = beeback(org, dept, org).post("/mt/beeback/billStatement/confirm",
                Map.of("statementNoList", List.of(s.getStatementNo())));
        assertThat(confirmed.path("code").asInt()).isZero();
        assertThat(statement().getState()).isEqualTo(20);
        assertThat(statement().getConfirmDate()).isEqualTo(month.plusMonths(1).atDay(1).atTime(2, 0));
        assertThat(crm().post("/mt/crm/bill/archive", Map.of("ids", List.of(s.getId()))).path("code").asInt())
                .isZero();
        assertThat(statement().getState()).isEqualTo(30);
        JsonNode invalid = crm().post("/mt/crm/bill/invalidate", Map.of("ids", List.of(s.getId())));
        assertThat(invalid.path("code").asInt()).isEqualTo(40921);

        // month close again after archiving: the statement stays as it is
        monthClose.close(month);
        assertThat(statement().getState()).isEqualTo(30);
        assertThat(statement().getTotalAmount()).isEqualByComparingTo("149.75");

        JsonNode detail = beeback(org, dept, org).get("/mt/beeback/billStatement/detail/" + s.getStatementNo());
        assertThat(detail.path("data").path("billDetailList").size()).isEqualTo(3);
        assertThat(detail.path("data").path("sendRecordList").size()).isEqualTo(1);
        assertThat(detail.path("data").path("stateDesc").asText()).isEqualTo("已归档");
    }

    @Test
    void editsOnlyWhileAwaitingRecheck() {
        customer();
        at(month.atDay(5), 9);
        deliverUsage(UUID.randomUUID().toString(), usage(5, "ID2_CHECK", 10, 0, 1, line("0.50", 10)));
        at(month.plusMonths(1).atDay(1), 2);
        monthClose.close(month);
        Statement s = statement();
        assertThat(s.getTotalAmount()).isEqualByComparingTo("5.00");
        JsonNode added = crm().post("/mt/crm/bill/saveSubBill", Map.of("statementNo", s.getStatementNo(),
                "checkItem", "ADJUST", "checkItemName", "服务费", "count", 1, "chargeCount", 1, "price", 12.5));
        assertThat(added.path("code").asInt()).isZero();
        assertThat(statement().getTotalAmount()).isEqualByComparingTo("17.50");
        // a re-close keeps the manual line
        monthClose.close(month);
        assertThat(statement().getTotalAmount()).isEqualByComparingTo("17.50");
        assertThat(crm().post("/mt/crm/bill/modifyStatement", Map.of("statementNo", s.getStatementNo(),
                "canInvoiceAmount", 20)).path("code").asInt()).isEqualTo(40020);
        assertThat(crm().post("/mt/crm/bill/recheck", Map.of("billId", s.getId())).path("code").asInt()).isZero();
        JsonNode refused = crm().post("/mt/crm/bill/saveSubBill", Map.of("statementNo", s.getStatementNo(),
                "checkItem", "ADJUST", "count", 1));
        assertThat(refused.path("code").asInt()).isEqualTo(40920);
        assertThat(crm().post("/mt/crm/bill/delete", Map.of("ids", List.of(s.getId()))).path("code").asInt())
                .isEqualTo(40921);
        assertThat(crm().post("/mt/crm/bill/invalidate", Map.of("ids", List.of(s.getId()))).path("code").asInt())
                .isZero();
        assertThat(crm().post("/mt/crm/bill/delete", Map.of("ids", List.of(s.getId()))).path("code").asInt())
                .isZero();
        assertThat(crm().post("/mt/crm/bill/detail", Map.of("deptId", dept, "statementNo", s.getStatementNo()))
                .path("code").asInt()).isEqualTo(40400);
        // deleted stays deleted: another close does not bring it back
        monthClose.close(month);
        assertThat(statement().isDeleted()).isTrue();
    }

    @Test
    void twoInstancesClosingTheSameMonthAtOnceGiveOneStatement() throws Exception {
        customer();
        at(month.atDay(7), 9);
        deliverUsage(UUID.randomUUID().toString(), usage(7, "ID2_CHECK", 40, 0, 1, line("0.25", 40)));
        at(month.plusMonths(1).atDay(1), 2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<MonthClose.Result>> runs = pool.invokeAll(List.of(
                    () -> monthClose.close(month), () -> monthClose.close(month)));
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from bill_statement where dept_id = ?", Long.class, dept))
                .isEqualTo(1L);
        assertThat(lines(statement().getStatementNo())).containsExactly(
                "ID2_CHECK@0.25 calls=40 free=0 charged=40 fee=10.00");
        assertThat(statement().getTotalAmount()).isEqualByComparingTo("10.00");
    }
}
