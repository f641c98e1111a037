package com.nuoer.wallet.reconciliation;

import com.nuoer.common.web.ApiResponse;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/wallet/reconciliation?since=} — svc-wallet's local money facts for svc-billing's
 * reconciliation, read in one repeatable-read snapshot: every wallet's balance with the Σ of its flows and the
 * after_balance of its last flow; the charge batches it applied ({@code pay} flows and arrears whose businessNo is
 * an svc-apicall batch, {@code CB…}), the refunds of corrections ({@code refund}, businessNo seqNo:version) since
 * the cutoff; and the residues credited for svc-billing payments ({@code recharge}, OFFLINE, 「回款充值」, businessNo = paymentNo) — all
 * of them, there are few.
 */
@RestController
@RequestMapping("/internal/wallet")
public class WalletReconciliationController {

    /** svc-wallet's monthly-settled overdraft state: such wallets pay nothing per call (no charges, no refunds). */
    private static final int MONTHLY = 20;

    public record WalletBalance(Long walletId, Long organizationId, BigDecimal balance, BigDecimal flowIn,
                                BigDecimal flowOut, Long flowCount, BigDecimal lastAfterBalance, Long mergedInto,
                                Boolean monthly) {
    }

    public record Entry(String businessNo, Long walletId, Long organizationId, String kind, BigDecimal amount,
                        LocalDateTime at) {
    }

    public record WalletFacts(LocalDateTime since, LocalDateTime at, List<WalletBalance> wallets,
                              List<Entry> charges, List<Entry> refunds, List<Entry> paymentCredits) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public WalletReconciliationController(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/reconciliation")
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ApiResponse<WalletFacts> reconciliation(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since) {
        LocalDateTime at = LocalDateTime.now(clock);
        List<WalletBalance> wallets = jdbc.query("""
                select w.id, w.organization_id, w.balance, w.merged_into, w.overdraft_state,
                       coalesce(f.flow_in, 0) flow_in, coalesce(f.flow_out, 0) flow_out, coalesce(f.n, 0) n,
                       (select l.after_balance from wallet_flow l where l.wallet_id = w.id and l.after_balance is not null
                        order by l.id desc limit 1) last_after
                from wallet w
                left join (select wallet_id,
                                  sum(flow_amount) filter (where flow_type = 'in') flow_in,
                                  sum(flow_amount) filter (where flow_type = 'out') flow_out, count(*) n
                           from wallet_flow where after_balance is not null group by wallet_id) f on f.wallet_id = w.id
                order by w.id""",
                (rs, i) -> new WalletBalance(rs.getLong("id"), rs.getLong("organization_id"), rs.getBigDecimal("balance"),
                        rs.getBigDecimal("flow_in"), rs.getBigDecimal("flow_out"), rs.getLong("n"),
                        rs.getBigDecimal("last_after"), (Long) rs.getObject("merged_into"),
                        rs.getInt("overdraft_state") == MONTHLY));
        Timestamp from = Timestamp.valueOf(since);
        List<Entry> charges = jdbc.query("""
                select f.business_no, f.wallet_id, w.organization_id, 'flow' kind, f.flow_amount amount, f.create_time
                from wallet_flow f join wallet w on w.id = f.wallet_id
                where f.biz_type = 'pay' and f.business_no like 'CB%' and f.after_balance is not null
                  and f.create_time >= ?
                union all
                select a.business_no, a.wallet_id, w.organization_id, 'arrears', a.amount, a.create_time
                from wallet_arrears a join wallet w on w.id = a.wallet_id
                where a.biz_type = 'pay' and a.business_no like 'CB%' and a.create_time >= ?
                order by 1, 2""", WalletReconciliationController::entry, from, from);
        List<Entry> refunds = jdbc.query("""
                select f.business_no, f.wallet_id, w.organization_id, 'refund' kind, f.flow_amount amount, f.create_time
                from wallet_flow f join wallet w on w.id = f.wallet_id
                where f.biz_type = 'refund' and f.after_balance is not null and f.create_time >= ?
                order by 1, 2""", WalletReconciliationController::entry, from);
        List<Entry> credits = jdbc.query("""
                select f.business_no, f.wallet_id, w.organization_id, 'recharge' kind, f.flow_amount amount, f.create_time
                from wallet_flow f join wallet w on w.id = f.wallet_id
                where f.biz_type = 'recharge' and f.pay_method = 'OFFLINE' and f.fee_name = '回款充值'
                  and f.after_balance is not null
                order by 1, 2""", WalletReconciliationController::entry);
        return ApiResponse.ok(new WalletFacts(since, at, wallets, charges, refunds, credits));
    }

    private static Entry entry(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Entry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getTimestamp(6).toLocalDateTime());
    }
}
