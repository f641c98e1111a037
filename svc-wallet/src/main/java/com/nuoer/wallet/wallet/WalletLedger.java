package com.nuoer.wallet.wallet;

import com.nuoer.common.tx.AfterCommit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.apache.seata.core.context.RootContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only code that moves money. One change = one cause applied to one wallet, in the caller's transaction:
 * <ol>
 *   <li>lock the wallet row ({@code select ... for update}: only the lock, the values read are not used), so the
 *       flows of a wallet get their ids in the order they are applied;</li>
 *   <li>claim the cause: insert the flow with {@code on conflict (wallet_id, biz_type, business_no) do nothing} —
 *       no row means the cause was applied before: nothing changes ({@link Outcome#DUPLICATE});</li>
 *   <li>ONE conditional update of the balance ({@code balance = balance + delta where ... limit allows it})
 *       returning the new row — never read-then-write; no row means the overdraft rule refuses it: the claim is
 *       removed and the caller decides ({@link Outcome#REFUSED});</li>
 *   <li>write the flow's after_balance (once; the table is immutable otherwise) and publish WalletChanged.</li>
 * </ol>
 * The same update keeps the edge-triggered low-balance state (F12b): crossing below the threshold sets
 * {@code low_alert_pending}; the notice is sent after commit by {@link LowBalanceNotifier}, retried on every later
 * change while it is pending.
 */
@Component
public class WalletLedger {

    public enum Outcome { APPLIED, DUPLICATE, REFUSED }

    /**
     * One change. {@code amount} ≥ 0; {@code in} credits, else debits; {@code enforceLimit} applies the overdraft
     * rule to debits (charges), transfers of a merge don't.
     */
    public record Change(long walletId, boolean in, String bizType, String payMethod, String businessNo,
                         String feeName, BigDecimal amount, String detailJson, String appcode, Long createBy,
                         boolean enforceLimit) {
    }

    public record Result(Outcome outcome, String flowNo, WalletSnapshot wallet) {
        public boolean applied() {
            return outcome == Outcome.APPLIED;
        }
    }

    static final String SNAPSHOT_COLUMNS = """
            id, organization_id, merchant_id, is_default, appcode, balance, overdraft_state, overdraft_quota, state,
            version, low_alert_pending""";

    private static final String APPLY = """
            update wallet set balance = balance + ?, version = version + 1, modify_time = ?,
                   low_below = (forewarn_threshold is not null and balance + ? < forewarn_threshold),
                   low_alert_version = case when not low_below and forewarn_threshold is not null
                                                 and balance + ? < forewarn_threshold
                                            then version + 1 else low_alert_version end,
                   low_alert_pending = case when not low_below and forewarn_threshold is not null
                                                 and balance + ? < forewarn_threshold then true
                                            when forewarn_threshold is null or balance + ? >= forewarn_threshold
                                            then false
                                            else low_alert_pending end
            where id = ? and state <> -1
              and (? >= 0 or not ? or overdraft_state = 20
                   or balance + ? >= case when overdraft_state = 10 then -overdraft_quota else 0 end)
            returning\s""" + SNAPSHOT_COLUMNS;

    private static final String APPLY_PLAIN = APPLY.substring(0, APPLY.indexOf("returning")).strip();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final WalletEvents events;
    private final LowBalanceNotifier notifier;

    public WalletLedger(JdbcTemplate jdbc, Clock clock, WalletEvents events, LowBalanceNotifier notifier) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.notifier = notifier;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Result apply(Change c) {
        BigDecimal amount = c.amount().setScale(2, RoundingMode.UNNECESSARY);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be >= 0");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        lock(c.walletId());
        if (RootContext.inGlobalTransaction()) {
            return applyInGlobalTransaction(c, amount, now);
        }
        List<Long> claimed = jdbc.queryForList("""
                insert into wallet_flow (wallet_id, flow_type, biz_type, pay_method, business_no, fee_name, flow_amount,
                                         detail, appcode, create_by, create_time, modify_time)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                on conflict (wallet_id, biz_type, business_no) do nothing
                returning id""", Long.class,
                c.walletId(), c.in() ? "in" : "out", c.bizType(), c.payMethod(), c.businessNo(), c.feeName(), amount,
                c.detailJson(), c.appcode(), c.createBy(), now, now);
        if (claimed.isEmpty()) {
            return new Result(Outcome.DUPLICATE, null, null);
        }
        long flowId = claimed.get(0);
        BigDecimal delta = c.in() ? amount : amount.negate();
        List<WalletSnapshot> rows = jdbc.query(APPLY, WalletLedger::snapshot,
                delta, now, delta, delta, delta, delta, c.walletId(), delta, c.enforceLimit(), delta);
        if (rows.isEmpty()) {
            jdbc.update("delete from wallet_flow where id = ?", flowId);
            return new Result(Outcome.REFUSED, null, current(c.walletId()));
        }
        WalletSnapshot after = rows.get(0);
        String flowNo = jdbc.queryForObject("""
                update wallet_flow set after_balance = ?, wallet_version = ? where id = ? returning flow_no""",
                String.class, after.balance(), after.version(), flowId);
        changed(after);
        return new Result(Outcome.APPLIED, flowNo, after);
    }

    /**
     * {@link #apply} inside a Seata AT branch (the payment credit of the global payment audit): the same change in
     * statements Seata's parser accepts — no {@code on conflict}, no {@code returning}, no update of the flow. The
     * wallet row is locked (every change of a wallet takes that lock first), so the cause check is race-free and
     * the unique (wallet_id, biz_type, business_no) stays the backstop; the balance update is the same conditional
     * update; the flow is inserted last with its after_balance, so a global rollback only deletes it (allowed by
     * the immutability trigger for Seata's undo, see SeataUndoExecutors).
     */
    private Result applyInGlobalTransaction(Change c, BigDecimal amount, Timestamp now) {
        Long seen = jdbc.queryForObject("""
                select count(*) from wallet_flow where wallet_id = ? and biz_type = ? and business_no = ?""",
                Long.class, c.walletId(), c.bizType(), c.businessNo());
        if (seen != null && seen > 0) {
            return new Result(Outcome.DUPLICATE, null, null);
        }
        BigDecimal delta = c.in() ? amount : amount.negate();
        int updated = jdbc.update(APPLY_PLAIN, delta, now, delta, delta, delta, delta, c.walletId(), delta,
                c.enforceLimit(), delta);
        if (updated == 0) {
            return new Result(Outcome.REFUSED, null, current(c.walletId()));
        }
        WalletSnapshot after = current(c.walletId());
        jdbc.update("""
                insert into wallet_flow (wallet_id, flow_type, biz_type, pay_method, business_no, fee_name, flow_amount,
                                         after_balance, wallet_version, detail, appcode, create_by, create_time,
                                         modify_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""",
                c.walletId(), c.in() ? "in" : "out", c.bizType(), c.payMethod(), c.businessNo(), c.feeName(), amount,
                after.balance(), after.version(), c.detailJson(), c.appcode(), c.createBy(), now, now);
        String flowNo = jdbc.queryForObject("""
                select flow_no from wallet_flow where wallet_id = ? and biz_type = ? and business_no = ?""",
                String.class, c.walletId(), c.bizType(), c.businessNo());
        changed(after);
        return new Result(Outcome.APPLIED, flowNo, after);
    }

    /** A change of the wallet's settings (no money): bumps the version and publishes the snapshot. */
    @Transactional(propagation = Propagation.MANDATORY)
    public WalletSnapshot touch(long walletId) {
        WalletSnapshot s = jdbc.queryForObject("update wallet set version = version + 1, modify_time = ? where id = ? "
                + "returning " + SNAPSHOT_COLUMNS, WalletLedger::snapshot,
                Timestamp.valueOf(LocalDateTime.now(clock)), walletId);
        changed(Objects.requireNonNull(s));
        return s;
    }

    /**
     * The wallet that receives changes addressed to {@code walletId}: itself, or — once it was merged — the wallet
     * it was merged into (followed transitively). Empty when the wallet does not exist.
     */
    public java.util.Optional<Long> receiving(long walletId) {
        Long current = walletId;
        for (int hops = 0; hops < 16 && current != null; hops++) {
            List<Long> next = jdbc.query("select merged_into from wallet where id = ?",
                    (rs, i) -> (Long) rs.getObject(1), current);
            if (next.isEmpty()) {
                return java.util.Optional.empty();
            }
            if (next.get(0) == null) {
                return java.util.Optional.of(current);
            }
            current = next.get(0);
        }
        return java.util.Optional.ofNullable(current);
    }

    /** Locks the wallet row for the rest of the transaction (lock only). */
    public void lock(long walletId) {
        jdbc.queryForList("select id from wallet where id = ? for update", Long.class, walletId);
    }

    public WalletSnapshot current(long walletId) {
        return jdbc.query("select " + SNAPSHOT_COLUMNS + " from wallet where id = ?", WalletLedger::snapshot, walletId)
                .stream().findFirst().orElse(null);
    }

    private void changed(WalletSnapshot after) {
        events.changed(after);
        if (after.alertPending() && TransactionSynchronizationManager.isSynchronizationActive()) {
            long walletId = after.walletId();
            AfterCommit.run(() -> notifier.sendPending(walletId));
        }
    }

    static WalletSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        return new WalletSnapshot(rs.getLong("id"), rs.getLong("organization_id"), rs.getLong("merchant_id"),
                rs.getBoolean("is_default"), rs.getString("appcode"), rs.getBigDecimal("balance"),
                rs.getInt("overdraft_state"), rs.getBigDecimal("overdraft_quota"), rs.getInt("state"),
                rs.getLong("version"), rs.getBoolean("low_alert_pending"));
    }
}
