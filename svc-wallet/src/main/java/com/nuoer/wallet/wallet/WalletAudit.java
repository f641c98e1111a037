package com.nuoer.wallet.wallet;

import com.nuoer.common.audit.AuditTrail;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audit log entries of the wallet's money and overdraft changes made by people or payments (recharges, payment
 * credits, merges, overdraft/threshold settings, creation) — inside the transaction of the change. Charges and
 * refunds of API calls are not audited here: they are system flows, each already a row of the ledger.
 */
@Component
public class WalletAudit {

    private final AuditTrail audit;

    public WalletAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** A credit/debit the ledger applied (nothing for a duplicate or refused change). */
    public void money(String action, WalletLedger.Result result, boolean in, BigDecimal amount, String businessNo) {
        if (result == null || !result.applied()) {
            return;
        }
        WalletSnapshot after = result.wallet();
        BigDecimal before = in ? after.balance().subtract(amount) : after.balance().add(amount);
        audit.record(action, "wallet", after.walletId(), AuditTrail.fields("balance", before),
                AuditTrail.fields("balance", after.balance(), "amount", in ? amount : amount.negate(),
                        "businessNo", businessNo, "flowNo", result.flowNo()));
    }

    /** The audited settings of a wallet (overdraft, warning threshold, state). */
    public static Map<String, Object> settings(Wallet w, WalletSnapshot s) {
        return AuditTrail.fields("overdraftState", s == null ? w.getOverdraftState() : s.overdraftState(),
                "overdraftQuota", s == null ? w.getOverdraftQuota() : s.overdraftQuota(),
                "forewarnThreshold", w.getForewarnThreshold(), "state", s == null ? null : s.state(),
                "balance", s == null ? null : s.balance());
    }

    public void settingsChanged(String action, long walletId, Map<String, Object> before, Map<String, Object> after) {
        audit.record(action, "wallet", walletId, before, after);
    }
}
