package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 / 13, the Seata variant of the payment audit (F8 steps 3–4 as one AT global transaction), through the
 * gateway on the suite that runs the Seata TC from seata-tc/target/lib and svc-billing + svc-wallet with
 * NUOER_SEATA_ENABLED=true:
 * <ol>
 *   <li>a failure after svc-wallet's credit (the test hook {@code X-Nuoer-Fault: payment-after-credit}, honoured only
 *       because the suite sets NUOER_FAULT_INJECTION) answers an error and rolls back both sides: the payment still
 *       waits, the statements are unsettled, the wallet balance and its flows are unchanged, and the TC logged the
 *       global rollback;</li>
 *   <li>the same audit without the fault commits once: the wallet is credited by exactly the residue before the
 *       audit answers (the answer says the balance; no waiting for PaymentApproved), and the event arriving later
 *       changes nothing.</li>
 * </ol>
 */
@ExtendWith(SuiteExtension.class)
class SeataPaymentAuditIT {

    private static final long CUSTOMER = 1; // demo customer (sales01's), default wallet in svc-wallet

    private static Gateway gateway;
    private static Suite suite;

    @BeforeAll
    static void connect(Suite running) {
        suite = running;
        gateway = new Gateway(running);
    }

    @Test
    void aFailureAfterTheCreditRollsBackBothSidesAndTheRetryCommitsOnce() throws Exception {
        assumeTrue(suite.seata(), "suite started without the Seata TC (-Dnuoer.e2e.seata=false)");
        String sales = gateway.login("sales");
        String crm = gateway.login("crm");
        String marker = "seata-it-" + UUID.randomUUID();
        Gateway.Answer added = gateway.post("/mt/sales/finance/payment/add", sales, Map.of("customerId", CUSTOMER,
                "amount", 1000.00, "paymentDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString(),
                "certificateList", List.of("https://static.nuoerdata.com/payment/e2e/seata-receipt.jpg"),
                "remark", marker));
        assertThat(added.code()).as(added.body().toString()).isZero();
        String paymentNo = billingString("select payment_no from payment where remark = ?", marker);

        BigDecimal balanceBefore = balance();
        long flowsBefore = walletLong("select count(*) from wallet_flow where business_no = ?", paymentNo);
        BigDecimal receivableBefore = receivable();
        assertThat(flowsBefore).isZero();

        // 1. failure after the credit: both sides roll back
        Gateway.Answer failed = gateway.postRaw("/mt/crm/bill/payment/audit", crm,
                "{\"paymentNo\":\"" + paymentNo + "\",\"auditType\":\"pass\"}",
                Map.of("Authorization", "Bearer " + crm, "X-Nuoer-Fault", "payment-after-credit"));
        assertThat(failed.code()).as(failed.body().toString()).isNotZero();
        assertThat(billingLong("select state from payment where payment_no = ?", paymentNo)).isZero();
        assertThat(billingLong("select count(*) from payment_settle s join payment p on p.id = s.payment_id "
                + "where p.payment_no = ?", paymentNo)).isZero();
        assertThat(billingLong("select count(*) from outbox_event where aggregate_id = ? and event_type = 'PaymentApproved'", paymentNo)).isZero();
        assertThat(receivable()).isEqualByComparingTo(receivableBefore);
        assertThat(balance()).isEqualByComparingTo(balanceBefore);
        assertThat(walletLong("select count(*) from wallet_flow where business_no = ?", paymentNo)).isZero();
        assertThat(awaitTcLog("rollback branch transaction successfully"))
                .as("the TC log shows svc-wallet's branch compensated").isTrue();
        assertThat(awaitTcLog("rollback global transaction successfully"))
                .as("the TC log shows the global rollback").isTrue();

        // 2. the same audit without the fault commits once, and the answer already knows the credited balance
        Gateway.Answer passed = gateway.post("/mt/crm/bill/payment/audit", crm,
                Map.of("paymentNo", paymentNo, "auditType", "pass"));
        assertThat(passed.code()).as(passed.body().toString()).isZero();
        BigDecimal residue = billingDecimal("select residue_amount from payment where payment_no = ?", paymentNo);
        BigDecimal settled = billingDecimal("select settled_amount from payment where payment_no = ?", paymentNo);
        assertThat(settled.add(residue)).isEqualByComparingTo("1000.00");
        BigDecimal balanceAfter = balance(); // read right after the answer: no waiting for PaymentApproved
        assertThat(balanceAfter).isEqualByComparingTo(balanceBefore.add(residue));
        if (residue.signum() > 0) {
            assertThat(passed.body().path("msg").asText()).contains(balanceAfter.setScale(2).toPlainString());
        }
        assertThat(receivable()).isEqualByComparingTo(receivableBefore.subtract(settled));
        assertThat(billingLong("select state from payment where payment_no = ?", paymentNo)).isEqualTo(10);
        assertThat(billingLong("select count(*) from outbox_event where aggregate_id = ? and event_type = 'PaymentApproved'", paymentNo)).isOne();

        // the PaymentApproved of this audit reaches svc-wallet's consumer (inbox) and changes nothing
        String eventId = billingString("select event_id from outbox_event where aggregate_id = ? and event_type = 'PaymentApproved'", paymentNo);
        long deadline = System.currentTimeMillis() + 60_000;
        while (walletLong("select count(*) from consumed_event where consumer = 'svc-wallet-billing' and event_id = ?",
                eventId) == 0) {
            assertThat(System.currentTimeMillis()).as("PaymentApproved consumed by svc-wallet").isLessThan(deadline);
            LockSupport.parkNanos(500_000_000L);
        }
        assertThat(balance()).isEqualByComparingTo(balanceAfter);
        assertThat(walletLong("select count(*) from wallet_flow where business_no = ?", paymentNo))
                .isEqualTo(residue.signum() > 0 ? 1 : 0);

        // a second pass is answered as done and changes nothing
        assertThat(gateway.post("/mt/crm/bill/payment/audit", crm, Map.of("paymentNo", paymentNo, "auditType", "pass"))
                .code()).isZero();
        assertThat(balance()).isEqualByComparingTo(balanceAfter);
    }

    private static boolean awaitTcLog(String text) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(suite.log("seata-tc"))
                    && Files.readString(suite.log("seata-tc")).toLowerCase().contains(text)) {
                return true;
            }
            LockSupport.parkNanos(500_000_000L);
        }
        return false;
    }

    private static BigDecimal balance() throws SQLException {
        return query("nuoer_wallet", "select balance from wallet where organization_id = ? and is_default", CUSTOMER)
                .getBigDecimal(1);
    }

    /** What customer 1 still owes on sent statements (total − settled from the wallet − paid). */
    private static BigDecimal receivable() throws SQLException {
        return query("nuoer_billing", "select coalesce(sum(total_amount - settled_amount - payment_amount), 0) "
                + "from bill_statement where organization_id = ? and state in (20, 30)", CUSTOMER).getBigDecimal(1);
    }

    private static String billingString(String sql, Object arg) throws SQLException {
        return query("nuoer_billing", sql, arg).getString(1);
    }

    private static long billingLong(String sql, Object arg) throws SQLException {
        return query("nuoer_billing", sql, arg).getLong(1);
    }

    private static BigDecimal billingDecimal(String sql, Object arg) throws SQLException {
        return query("nuoer_billing", sql, arg).getBigDecimal(1);
    }

    private static long walletLong(String sql, Object arg) throws SQLException {
        return query("nuoer_wallet", sql, arg).getLong(1);
    }

    /** First row of a one-parameter query (the row is copied out before the connection closes). */
    private static ResultSet query(String db, String sql, Object arg) throws SQLException {
        try (Connection c = DriverManager.getConnection(suite.jdbcUrl(db), "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
            ps.setObject(1, arg);
            ResultSet rs = ps.executeQuery();
            javax.sql.rowset.CachedRowSet copy = javax.sql.rowset.RowSetProvider.newFactory().createCachedRowSet();
            copy.populate(rs);
            if (!copy.next()) {
                throw new AssertionError("no row: " + sql + " [" + arg + "]");
            }
            return copy;
        }
    }
}
