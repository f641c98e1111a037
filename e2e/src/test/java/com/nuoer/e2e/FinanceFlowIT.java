package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9's flow through the gateway (F7 invoices, F8 payments), across svc-billing, svc-customer (mail), svc-wallet
 * and svc-sales:
 * <ul>
 *   <li>the demo customer confirms a sent statement → applies for an invoice over it → ops audit → finish (invoice
 *       file) → mail it; the mail arrives in the suite's mail server (POP3);</li>
 *   <li>sales01 records a payment (with a certificate file) → admin audits it → the customer's receivable statements
 *       are settled oldest first, the wallet goes up by exactly the residue, PaymentApproved delivered a second time
 *       (a copy under a new event id) changes nothing, and sales01's monthly summary counts the payment.</li>
 * </ul>
 * The suite runs svc-billing/svc-wallet with Seata on, so the credit happens in the audit and the event finds the
 * paymentNo credited; the outbox-only path is covered by svc-billing's and svc-wallet's own integration tests.
 */
@ExtendWith(SuiteExtension.class)
class FinanceFlowIT {

    private static final long CUSTOMER = 1;
    private static final String STATEMENT_NO = "BSDEMO9005"; // demo customer's statement, sent (10), month M-2
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Gateway gateway;
    private static Suite suite;

    @BeforeAll
    static void connect(Suite running) {
        suite = running;
        gateway = new Gateway(running);
    }

    @Test
    void statementInvoicedAndMailedThenPaymentSettlesCreditsOnceAndCounts() throws Exception {
        String crm = gateway.login("crm");
        String customer = gateway.login("beeback");
        String sales = gateway.login("sales");

        // --- invoice: confirmed → applied → audited → finished → mailed
        Gateway.Answer confirmed = gateway.post("/mt/beeback/billStatement/confirm", customer,
                Map.of("statementNoList", List.of(STATEMENT_NO)));
        assertThat(confirmed.code()).as(confirmed.body().toString()).isZero();
        String mailbox = "invoice-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-tech.example";
        Gateway.Answer applied = gateway.post("/mt/beeback/billStatement/applyInvoice", customer, Map.of(
                "statementNoList", List.of(STATEMENT_NO), "invoiceAmount", 1.00, "invoiceType", "normal",
                "headerName", "杭州演示科技有限公司", "tin", "91330106MA2H0DEMO1", "email", mailbox));
        assertThat(applied.code()).as(applied.body().toString()).isZero();
        long invoiceId = longOf("nuoer_billing", "select id from invoice where email = ?", mailbox);
        Gateway.Answer audited = gateway.post("/mt/crm/bill/invoice/audit", crm,
                Map.of("id", invoiceId, "auditType", "pass"));
        assertThat(audited.code()).as(audited.body().toString()).isZero();
        Gateway.Answer finished = gateway.post("/mt/crm/bill/invoice/finish", crm, Map.of("id", invoiceId,
                "invoiceUrl", "https://static.nuoerdata.com/invoice/e2e/INV" + invoiceId + ".pdf"));
        assertThat(finished.code()).as(finished.body().toString()).isZero();
        assertThat(longOf("nuoer_billing", "select state from invoice where id = ?", invoiceId)).isEqualTo(20);
        Gateway.Answer mailed = gateway.post("/mt/crm/bill/sendInvoiceEmail", crm, Map.of("id", invoiceId,
                "email", mailbox));
        assertThat(mailed.code()).as(mailed.body().toString()).isZero();
        assertThat(Mailbox.await(suite, mailbox)).isNotEmpty();

        // --- payment: added by sales01 → audited by admin
        LocalDate today = LocalDate.now(SHANGHAI);
        String month = today.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        BigDecimal paidBefore = monthlyPayments(sales, month);
        List<BigDecimal> owedBefore = receivables();
        BigDecimal balanceBefore = balance();
        String marker = "finance-flow-" + UUID.randomUUID();
        BigDecimal amount = new BigDecimal("1200.00");
        Gateway.Answer added = gateway.post("/mt/sales/finance/payment/add", sales, Map.of("customerId", CUSTOMER,
                "amount", amount, "paymentDate", today.toString(), "remark", marker,
                "certificateList", List.of("https://static.nuoerdata.com/payment/e2e/bank-receipt.jpg")));
        assertThat(added.code()).as(added.body().toString()).isZero();
        String paymentNo = stringOf("nuoer_billing", "select payment_no from payment where remark = ?", marker);
        Gateway.Answer detail = gateway.get("/mt/sales/finance/payment/detail/" + paymentNo, sales);
        assertThat(detail.data().path("certificateList").toString()).contains("bank-receipt.jpg");
        assertThat(detail.data().path("state").asInt()).isZero();

        Gateway.Answer passed = gateway.post("/mt/crm/bill/payment/audit", crm,
                Map.of("paymentNo", paymentNo, "auditType", "pass"));
        assertThat(passed.code()).as(passed.body().toString()).isZero();

        // statements settled oldest first: the amounts owed, oldest first, are paid off in that order
        BigDecimal settled = decimalOf("nuoer_billing", "select settled_amount from payment where payment_no = ?", paymentNo);
        BigDecimal residue = decimalOf("nuoer_billing", "select residue_amount from payment where payment_no = ?", paymentNo);
        BigDecimal expectedSettled = BigDecimal.ZERO;
        List<BigDecimal> expectedOwed = new ArrayList<>();
        BigDecimal left = amount;
        for (BigDecimal owed : owedBefore) {
            BigDecimal used = owed.min(left);
            left = left.subtract(used);
            expectedSettled = expectedSettled.add(used);
            if (owed.compareTo(used) > 0) {
                expectedOwed.add(owed.subtract(used)); // paid-off statements leave the list of what is owed
            }
        }
        assertThat(settled).isEqualByComparingTo(expectedSettled);
        assertThat(residue).isEqualByComparingTo(amount.subtract(expectedSettled));
        List<BigDecimal> owedAfter = receivables();
        assertThat(owedAfter).hasSameSizeAs(expectedOwed);
        for (int i = 0; i < owedAfter.size(); i++) {
            assertThat(owedAfter.get(i)).as("statement %d (oldest first)", i).isEqualByComparingTo(expectedOwed.get(i));
        }

        // wallet up by exactly the residue, once
        String eventId = stringOf("nuoer_billing", "select event_id from outbox_event where aggregate_id = ? and event_type = 'PaymentApproved'", paymentNo);
        awaitConsumed("nuoer_wallet", "svc-wallet-billing", eventId);
        assertThat(balance()).isEqualByComparingTo(balanceBefore.add(residue));

        // PaymentApproved delivered a second time (same facts, new event id through the outbox relay): nothing changes
        String copyId = "redelivery-" + UUID.randomUUID();
        try (Connection c = connect("nuoer_billing"); PreparedStatement ps = c.prepareStatement("""
                insert into outbox_event (event_id, topic, event_type, aggregate_id, payload, trace_id, occurred_at,
                                          next_attempt_at)
                select ?, topic, event_type, aggregate_id, payload,
                       trace_id, occurred_at, now()
                from outbox_event where event_id = ?""")) {
            ps.setString(1, copyId);
            ps.setString(2, eventId);
            assertThat(ps.executeUpdate()).isOne();
        }
        awaitConsumed("nuoer_wallet", "svc-wallet-billing", copyId);
        awaitConsumed("nuoer_sales", "svc-sales-billing", copyId);
        assertThat(balance()).isEqualByComparingTo(balanceBefore.add(residue));
        assertThat(longOf("nuoer_wallet", "select count(*) from wallet_flow where business_no = ?", paymentNo))
                .isEqualTo(residue.signum() > 0 ? 1 : 0);

        // sales performance includes the payment, once
        assertThat(monthlyPayments(sales, month)).isEqualByComparingTo(paidBefore.add(amount));
    }

    /** sales01's monthly summary (4.4.2): paymentAmount of the month. */
    private static BigDecimal monthlyPayments(String sales, String month) throws Exception {
        Gateway.Answer summary = gateway.post("/mt/sales/index/summary", sales,
                Map.of("dateType", "monthly", "statisticsDate", month));
        assertThat(summary.code()).as(summary.body().toString()).isZero();
        JsonPick pick = new JsonPick(summary.data());
        return pick.decimal("paymentAmount");
    }

    private record JsonPick(com.fasterxml.jackson.databind.JsonNode node) {
        BigDecimal decimal(String field) {
            com.fasterxml.jackson.databind.JsonNode n = node.isArray() && !node.isEmpty() ? node.get(0) : node;
            return n.path(field).isMissingNode() || n.path(field).isNull() ? BigDecimal.ZERO
                    : new BigDecimal(n.path(field).asText());
        }
    }

    private static void awaitConsumed(String db, String consumer, String eventId) throws SQLException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (longOf(db, "select count(*) from consumed_event where consumer = '" + consumer + "' and event_id = ?",
                eventId) == 0) {
            assertThat(System.currentTimeMillis()).as(consumer + " consumed " + eventId).isLessThan(deadline);
            LockSupport.parkNanos(500_000_000L);
        }
    }

    /** What customer 1 owes per receivable statement, oldest billDate first. */
    private static List<BigDecimal> receivables() throws SQLException {
        try (Connection c = connect("nuoer_billing"); PreparedStatement ps = c.prepareStatement("""
                select total_amount - settled_amount - payment_amount from bill_statement
                where organization_id = ? and state in (20, 30) and total_amount - settled_amount - payment_amount > 0
                order by bill_date, id""")) {
            ps.setLong(1, CUSTOMER);
            List<BigDecimal> owed = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    owed.add(rs.getBigDecimal(1));
                }
            }
            return owed;
        }
    }

    private static BigDecimal balance() throws SQLException {
        return decimalOf("nuoer_wallet", "select balance from wallet where organization_id = ? and is_default", CUSTOMER);
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(suite.jdbcUrl(db), "postgres", "");
    }

    private static long longOf(String db, String sql, Object arg) throws SQLException {
        return decimalOf(db, sql, arg).longValueExact();
    }

    private static String stringOf(String db, String sql, Object arg) throws SQLException {
        try (Connection c = connect(db); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(sql + " [" + arg + "]").isTrue();
                return rs.getString(1);
            }
        }
    }

    private static BigDecimal decimalOf(String db, String sql, Object arg) throws SQLException {
        return new BigDecimal(stringOf(db, sql, arg));
    }
}
