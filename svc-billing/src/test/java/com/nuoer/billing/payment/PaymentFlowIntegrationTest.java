package com.nuoer.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.billing.support.BillingIT;
import com.nuoer.billing.support.FinanceFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flow F8: sales01 records payments of his customer, ops audit them. A pass settles the customer's sent statements
 * oldest billDate first in one transaction, computes residue and debt after, and writes exactly one PaymentApproved
 * (even when the audit is sent twice); reject needs a reason; transitions outside 0 are refused.
 */
class PaymentFlowIntegrationTest extends BillingIT {

    private FinanceFixtures f;
    private long m1;
    private long m2;
    private long m3;
    private long unsent;

    private Caller finance() {
        return caller(Map.of("appcode", "crm", "userId", 1, "roles", List.of("finance"), "menus", List.of("crm:payment")));
    }

    @BeforeEach
    void statements() {
        f = new FinanceFixtures(jdbc);
        // inserted newest first, so the order of ids cannot stand in for the order of months
        m3 = f.statement(YearMonth.of(2030, 3), 20, "300.00", "0");
        m2 = f.statement(YearMonth.of(2030, 2), 30, "500.00", "300.00");
        m1 = f.statement(YearMonth.of(2030, 1), 10, "100.00", "0");
        unsent = f.statement(YearMonth.of(2029, 12), 0, "999.00", "0");
    }

    private String add(String amount) {
        JsonNode r = sales(2).post("/mt/sales/finance/payment/add", Map.of("customerId", f.org, "amount",
                new BigDecimal(amount), "paymentDate", LocalDate.now(anyClock).toString(), "certificateList",
                List.of("https://files.it.example/receipt-" + f.org + ".jpg"), "remark", "对公转账"));
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        return jdbc.queryForObject("select payment_no from payment where customer_id = ? order by id desc limit 1",
                String.class, f.org);
    }

    private long approvedEvents(String paymentNo) {
        return jdbc.queryForObject("select count(*) from outbox_event where topic = 'billing-event' and "
                + "event_type = 'PaymentApproved' and aggregate_id = ?", Long.class, paymentNo);
    }

    private BigDecimal paid(long statementId) {
        return (BigDecimal) f.statementRow(statementId).get("payment_amount");
    }

    private JsonNode audit(String no, String type, String reason) {
        return finance().post("/mt/crm/bill/payment/audit", reason == null ? Map.of("paymentNo", no, "auditType", type)
                : Map.of("paymentNo", no, "auditType", type, "rejectReason", reason));
    }

    @Test
    void passedPaymentsSettleOldestFirstAndAreAnnouncedOnce() {
        JsonNode receivables = sales(2).post("/mt/sales/finance/payment/receivableBillList",
                Map.of("customerIds", List.of(f.org)));
        assertThat(receivables.path("data")).hasSize(1);
        assertThat(receivables.path("data").get(0).path("receivableAmount").decimalValue()).isEqualByComparingTo("600");
        assertThat(receivables.path("data").get(0).path("receivableCount").asInt()).isEqualTo(3);
        assertThat(receivables.path("data").get(0).path("linkman").asText()).isEqualTo("王财务");

        String first = add("250.00");
        JsonNode pending = sales(2).get("/mt/sales/finance/payment/detail/" + first);
        assertThat(pending.path("data").path("state").asInt()).isZero();
        assertThat(pending.path("data").path("salesmanId").asLong()).isEqualTo(2L);
        assertThat(pending.path("data").path("certificateList")).hasSize(1);

        assertThat(audit(first, "pass", null).path("code").asInt()).isZero();
        assertThat(audit(first, "pass", null).path("code").asInt()).isZero();
        // m1 (oldest) fully, m2 150 of 200, m3 untouched, the unsent statement never
        assertThat(paid(m1)).isEqualByComparingTo("100");
        assertThat(f.statementRow(m1).get("payment_state")).isEqualTo(20);
        assertThat(paid(m2)).isEqualByComparingTo("150");
        assertThat(f.statementRow(m2).get("payment_state")).isEqualTo(10);
        assertThat(paid(m3)).isZero();
        assertThat(paid(unsent)).isZero();
        JsonNode one = sales(2).get("/mt/sales/finance/payment/detail/" + first).path("data");
        assertThat(one.path("state").asInt()).isEqualTo(10);
        assertThat(one.path("residueAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(one.path("afterDebtAmount").decimalValue()).isEqualByComparingTo("350");
        assertThat(one.path("settleDetails")).hasSize(2);
        assertThat(one.path("settleDetails").get(0).path("statementNo").asText()).isEqualTo(f.no(m1));
        assertThat(one.path("settleDetails").get(1).path("settleAmount").decimalValue()).isEqualByComparingTo("150");
        assertThat(approvedEvents(first)).isEqualTo(1);

        String second = add("500.00");
        assertThat(audit(second, "pass", null).path("code").asInt()).isZero();
        assertThat(audit(second, "pass", null).path("code").asInt()).isZero();
        assertThat(paid(m2)).isEqualByComparingTo("200");
        assertThat(paid(m3)).isEqualByComparingTo("300");
        assertThat(f.statementRow(m3).get("payment_state")).isEqualTo(20);
        assertThat(approvedEvents(second)).isEqualTo(1);
        Map<String, Object> event = jdbc.queryForMap("select payload::jsonb ->> 'residueAmount' residue, "
                + "payload::jsonb ->> 'settledAmount' settled, payload::jsonb ->> 'afterDebtAmount' debt, "
                + "payload::jsonb ->> 'customerId' customer, payload::jsonb ->> 'merchantId' merchant, "
                + "payload::jsonb ->> 'salesmanId' salesman from outbox_event "
                + "where event_type = 'PaymentApproved' and aggregate_id = ?", second);
        assertThat(new BigDecimal(event.get("residue").toString())).isEqualByComparingTo("150");
        assertThat(new BigDecimal(event.get("settled").toString())).isEqualByComparingTo("350");
        assertThat(new BigDecimal(event.get("debt").toString())).isEqualByComparingTo("0");
        assertThat(event.get("customer")).isEqualTo(String.valueOf(f.org));
        assertThat(event.get("merchant")).isEqualTo(String.valueOf(f.org + 1));
        assertThat(event.get("salesman")).isEqualTo("2");
        // a passed payment cannot be rejected any more
        assertThat(audit(second, "reject", "晚了").path("code").asInt()).isEqualTo(40940);

        JsonNode sum = finance().post("/mt/crm/bill/payment/sum", Map.of("customerIds", List.of(f.org),
                "stateList", List.of(10)));
        assertThat(sum.path("data").path("amountSum").decimalValue()).isEqualByComparingTo("750");
        JsonNode list = finance().post("/mt/crm/bill/payment/list", Map.of("customerIds", List.of(f.org)));
        assertThat(list.path("data").path("total").asLong()).isEqualTo(2);
        assertThat(sales(2).post("/mt/sales/finance/payment/receivableBillList", Map.of("customerIds",
                List.of(f.org))).path("data")).isEmpty();
    }

    @Test
    void paymentsAddedInTheSameSecondGetConsecutiveNumbers() {
        // the digits after the second come from a sequence: random digits collided about once in 10,000 pairs
        clock.set(LocalDateTime.of(2030, 4, 1, 10, 0, 0));
        try {
            List<String> numbers = List.of(add("1.00"), add("2.00"), add("3.00"));
            assertThat(numbers).allSatisfy(no -> assertThat(no).matches("HK20300401100000\\d{4}"));
            int first = Integer.parseInt(numbers.get(0).substring(16));
            assertThat(numbers).extracting(no -> Integer.parseInt(no.substring(16)))
                    .containsExactly(first, (first + 1) % 10000, (first + 2) % 10000);
        } finally {
            clock.reset();
        }
    }

    @Test
    void rejectedPaymentsNeedAReasonAndSettleNothing() {
        String no = add("80.00");
        assertThat(audit(no, "reject", null).path("code").asInt()).isEqualTo(40040);
        assertThat(audit(no, "reject", "凭证不清晰").path("code").asInt()).isZero();
        assertThat(audit(no, "reject", "凭证不清晰").path("code").asInt()).isZero();
        assertThat(audit(no, "pass", null).path("code").asInt()).isEqualTo(40940);
        JsonNode d = sales(2).get("/mt/sales/finance/payment/detail/" + no).path("data");
        assertThat(d.path("state").asInt()).isEqualTo(-10);
        assertThat(d.path("rejectReason").asText()).isEqualTo("凭证不清晰");
        assertThat(paid(m1)).isZero();
        assertThat(approvedEvents(no)).isZero();
        assertThat(audit("HKNOSUCH0001", "pass", null).path("code").asInt()).isEqualTo(40400);
    }

    @Test
    void badPaymentsAreRefused() {
        JsonNode future = sales(2).post("/mt/sales/finance/payment/add", Map.of("customerId", f.org, "amount", 10,
                "paymentDate", LocalDate.now(anyClock).plusDays(1).toString()));
        assertThat(future.path("code").asInt()).isEqualTo(40041);
        JsonNode zero = sales(2).post("/mt/sales/finance/payment/add", Map.of("customerId", f.org, "amount", 0,
                "paymentDate", LocalDate.now(anyClock).toString()));
        assertThat(zero.path("code").asInt()).isEqualTo(40001);
        JsonNode notMine = sales(202).post("/mt/sales/finance/payment/add", Map.of("customerId", f.org, "amount", 10,
                "paymentDate", LocalDate.now(anyClock).toString()));
        assertThat(notMine.path("code").asInt()).isEqualTo(40400);
    }
}
