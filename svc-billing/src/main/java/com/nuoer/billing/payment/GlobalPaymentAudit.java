package com.nuoer.billing.payment;

import com.nuoer.billing.payment.WalletCreditClient.WalletCredit;
import java.util.Optional;
import org.apache.seata.spring.annotation.GlobalTransactional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seata candidate #1 (domain.md F8): the audit pass as one AT global transaction — billing's settlement, svc-wallet's
 * credit (its own branch, over Feign with the XID) and the {@code PaymentApproved} outbox row commit together, or a
 * failure anywhere (svc-wallet refusing, billing failing after the credit) rolls back both databases: the TC
 * compensates svc-wallet's committed branch from its undo_log. Exists only when {@code seata.enabled=true}.
 *
 * <p>Known limit of AT mode: a local (non-global) change of the same wallet row between svc-wallet's branch commit and
 * a global rollback makes the compensation find dirty data (the TC then retries and logs it). The window is the
 * few milliseconds between the credit's answer and billing's commit; a charge of that wallet in it is possible.
 */
@Component
@ConditionalOnProperty(name = "seata.enabled", havingValue = "true")
public class GlobalPaymentAudit {

    private final PaymentService payments;

    public GlobalPaymentAudit(PaymentService payments) {
        this.payments = payments;
    }

    @GlobalTransactional(name = "payment-audit", timeoutMills = 30_000, rollbackFor = Exception.class)
    public Optional<WalletCredit> pass(String paymentNo) {
        return payments.auditCrediting(paymentNo);
    }
}
