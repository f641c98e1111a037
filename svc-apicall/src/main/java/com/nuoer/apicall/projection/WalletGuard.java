package com.nuoer.apicall.projection;

import com.nuoer.common.messaging.events.WalletChanged;
import com.nuoer.common.messaging.events.WalletExhausted;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The wallet guard of flow F5-2: a customer's calls are refused once its default wallet has nothing left —
 * after {@code WalletExhausted}, when the wallet is locked, or when {@code available} of the last
 * {@code WalletChanged} minus what was charged since (kept here, in memory, re-based on every snapshot from the
 * charge lines younger than the snapshot) is ≤ 0. Monthly-settled wallets (20) are never blocked. The overspend is
 * bounded by the guard window (charges in flight between svc-wallet's snapshot and its arrival here).
 */
@Component
public class WalletGuard {

    /** What the call path needs to know about the paying wallet. */
    public record Decision(boolean allowed, Long walletId, Long merchantId, boolean monthly, BigDecimal remaining) {
    }

    private final ProjectionStore store;
    private final JdbcTemplate jdbc;
    private final boolean allowUnknown;
    private final ConcurrentHashMap<Long, BigDecimal> spentSinceSnapshot = new ConcurrentHashMap<>();

    public WalletGuard(ProjectionStore store, JdbcTemplate jdbc,
                       @Value("${nuoer.apicall.guard.allow-unknown:true}") boolean allowUnknown) {
        this.store = store;
        this.jdbc = jdbc;
        this.allowUnknown = allowUnknown;
    }

    public Decision check(Long organizationId) {
        Optional<WalletGuardView> found = store.guard(organizationId);
        if (found.isEmpty()) {
            return new Decision(allowUnknown, null, null, false, null);
        }
        WalletGuardView g = found.get();
        if (g.locked()) {
            return new Decision(false, g.walletId(), g.merchantId(), g.monthly(), BigDecimal.ZERO);
        }
        if (g.monthly()) {
            return new Decision(true, g.walletId(), g.merchantId(), true, null);
        }
        if (g.exhausted() || g.available() == null) {
            return new Decision(!g.exhausted(), g.walletId(), g.merchantId(), false, BigDecimal.ZERO);
        }
        BigDecimal remaining = g.available().subtract(spentSinceSnapshot.getOrDefault(organizationId, BigDecimal.ZERO));
        return new Decision(remaining.signum() > 0, g.walletId(), g.merchantId(), false, remaining);
    }

    /** A committed charge of the customer (called after the record's transaction). */
    public void spent(Long organizationId, BigDecimal fee) {
        if (organizationId != null && fee != null && fee.signum() > 0) {
            spentSinceSnapshot.merge(organizationId, fee, BigDecimal::add);
        }
    }

    public void onWalletChanged(WalletChanged e) {
        if (store.applyWallet(e) && Boolean.TRUE.equals(e.isDefault())) {
            rebase(e.organizationId(), e.walletId(), e.changedAt() == null ? null : Timestamp.valueOf(e.changedAt()));
        }
    }

    /**
     * This instance's copy after a snapshot (broadcast to every instance): the shared row if newer, the cached guard
     * dropped, and — when the snapshot is the newest of the default wallet — the spent-since-snapshot re-based from
     * the shared charge lines (the clustering listener re-bases only the one instance that got the event).
     */
    public void refreshLocal(WalletChanged e) {
        store.applyWallet(e);
        if (Boolean.TRUE.equals(e.isDefault()) && store.walletVersion(e.walletId()) == e.version()) {
            rebase(e.organizationId(), e.walletId(), e.changedAt() == null ? null : Timestamp.valueOf(e.changedAt()));
        }
    }

    public void onWalletExhausted(WalletExhausted e) {
        store.applyExhausted(e);
    }

    /** Charges younger than the snapshot are not in its {@code available} yet. */
    private void rebase(Long organizationId, Long walletId, Timestamp since) {
        BigDecimal spent = since == null ? BigDecimal.ZERO : jdbc.queryForObject("""
                select coalesce(sum(fee), 0) from charge_line where organization_id = ? and create_date > ?""",
                BigDecimal.class, organizationId, since);
        spentSinceSnapshot.put(organizationId, spent);
    }

    /** Tests: forget what was spent in memory. */
    public void reset() {
        spentSinceSnapshot.clear();
        store.evictAll();
    }
}
