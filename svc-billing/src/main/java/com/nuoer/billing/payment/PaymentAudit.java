package com.nuoer.billing.payment;

import com.nuoer.billing.payment.WalletCreditClient.WalletCredit;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Entry point of the ops payment audit (3.3.28). Seata on ({@code seata.enabled=true}, the cluster switch): a pass
 * runs as one global transaction with svc-wallet's credit ({@link GlobalPaymentAudit}) and answers the wallet as
 * credited; off (local, test): the outbox flow of {@link PaymentService#audit}. Rejects are local either way.
 */
@Service
public class PaymentAudit {

    private final PaymentService payments;
    private final ObjectProvider<GlobalPaymentAudit> global;

    public PaymentAudit(PaymentService payments, ObjectProvider<GlobalPaymentAudit> global) {
        this.payments = payments;
        this.global = global;
    }

    /** The wallet credited now (Seata on and the payment passed now), else empty. */
    public Optional<WalletCredit> audit(String paymentNo, boolean pass, String rejectReason) {
        GlobalPaymentAudit g = pass ? global.getIfAvailable() : null;
        if (g != null) {
            return g.pass(paymentNo);
        }
        payments.audit(paymentNo, pass, rejectReason);
        return Optional.empty();
    }
}
