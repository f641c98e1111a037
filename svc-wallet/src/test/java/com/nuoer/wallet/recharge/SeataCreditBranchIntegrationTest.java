package com.nuoer.wallet.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.wallet.support.WalletIT;
import com.nuoer.wallet.wallet.WalletLedger;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.seata.core.context.RootContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment credit as it runs inside a Seata AT branch (an XID bound; the module runs without the TC, so the SQL
 * goes straight to PostgreSQL): the branch's plain statements (no {@code on conflict}, no {@code returning}) credit
 * exactly like the local path, stay idempotent on the paymentNo, hold the branch's outbox events, and the ledger's
 * immutability trigger lets only Seata's undo (nuoer.seata_undo) delete the credited flow.
 */
class SeataCreditBranchIntegrationTest extends WalletIT {

    @Autowired RechargeService recharges;
    @Autowired TransactionTemplate tx;

    private static PaymentApproved approved(long org, String residue) {
        return approved(org, residue, "PMS" + org);
    }

    private static PaymentApproved approved(long org, String residue, String paymentNo) {
        return new PaymentApproved(paymentNo, org, org, new BigDecimal("1500.00"), new BigDecimal("300.00"),
                new BigDecimal(residue), BigDecimal.ZERO, 2L, null, null, LocalDate.now(), LocalDateTime.now());
    }

    private RechargeService.PaymentCredit inBranch(PaymentApproved p) {
        RootContext.bind("127.0.0.1:8091:" + p.paymentNo());
        try {
            return recharges.creditPayment(p);
        } finally {
            RootContext.unbind();
        }
    }

    @Test
    void creditInTheBranchEqualsTheLocalCreditAndIsIdempotent() {
        long local = newId();
        long localWallet = newWallet(local, 0, "0", null);
        RechargeService.PaymentCredit l = recharges.creditPayment(approved(local, "1200.00"));

        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        PaymentApproved p = approved(org, "1200.00");
        LocalDateTime before = LocalDateTime.now();
        RechargeService.PaymentCredit first = inBranch(p);
        RechargeService.PaymentCredit again = inBranch(p);
        RechargeService.PaymentCredit event = recharges.creditPayment(p); // the PaymentApproved consumer, later

        assertThat(first.outcome()).isEqualTo(l.outcome()).isEqualTo(WalletLedger.Outcome.APPLIED);
        assertThat(first.balance()).isEqualByComparingTo(l.balance()).isEqualByComparingTo("1200.00");
        assertThat(first.flowNo()).startsWith("WF");
        assertThat(again.outcome()).isEqualTo(WalletLedger.Outcome.DUPLICATE);
        assertThat(event.outcome()).isEqualTo(WalletLedger.Outcome.DUPLICATE);
        assertThat(balance(walletId)).isEqualByComparingTo("1200.00").isEqualByComparingTo(balance(localWallet));
        assertThat(sumOfFlows(walletId)).isEqualByComparingTo("1200.00");

        Map<String, Object> flow = jdbc.queryForMap("""
                select f.flow_no, f.after_balance, f.wallet_version, w.version from wallet_flow f
                join wallet w on w.id = f.wallet_id where f.wallet_id = ?""", walletId);
        assertThat(flow.get("flow_no")).isEqualTo(first.flowNo());
        assertThat((BigDecimal) flow.get("after_balance")).isEqualByComparingTo("1200.00");
        assertThat(flow.get("wallet_version")).isEqualTo(flow.get("version"));

        // the branch's WalletChanged waits (a global rollback must find it untouched); the local one does not
        Timestamp held = jdbc.queryForObject("""
                select min(next_attempt_at) from outbox_event where aggregate_id = ? and event_type = 'WalletChanged'""",
                Timestamp.class, String.valueOf(walletId));
        assertThat(held.toLocalDateTime()).isAfter(before.plusSeconds(RechargeService.GLOBAL_EVENT_HOLD_SECONDS - 1));
        Timestamp notHeld = jdbc.queryForObject("""
                select min(next_attempt_at) from outbox_event where aggregate_id = ? and event_type = 'WalletChanged'""",
                Timestamp.class, String.valueOf(localWallet));
        assertThat(notHeld.toLocalDateTime()).isBefore(before.plusSeconds(1));
    }

    @Test
    void onlySeatasUndoMayDeleteACreditedFlow() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        inBranch(approved(org, "800.00"));

        assertThatThrownBy(() -> jdbc.update("delete from wallet_flow where wallet_id = ?", walletId))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("update wallet_flow set after_balance = null where wallet_id = ?",
                walletId)).hasMessageContaining("immutable");

        Integer deleted = tx.execute(s -> {
            jdbc.queryForObject("select set_config('nuoer.seata_undo', 'on', true)", String.class);
            return jdbc.update("delete from wallet_flow where wallet_id = ?", walletId);
        });
        assertThat(deleted).isOne();
        // transaction-local: the next transaction is guarded again
        jdbc.update("update wallet set balance = 0 where id = ?", walletId);
        inBranch(approved(org, "800.00", "PMS" + org + "B"));
        assertThatThrownBy(() -> jdbc.update("delete from wallet_flow where wallet_id = ?", walletId))
                .hasMessageContaining("immutable");
    }
}
