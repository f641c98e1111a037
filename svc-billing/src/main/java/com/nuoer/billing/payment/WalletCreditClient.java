package com.nuoer.billing.payment;

import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.common.web.ApiResponse;
import java.math.BigDecimal;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * svc-wallet's credit of a payment's residue, called only inside the Seata global transaction of the audit (the
 * Seata Feign interceptor adds the XID, so svc-wallet's local transaction becomes a branch of it).
 */
@FeignClient(name = "svc-wallet", contextId = "walletCreditClient", path = "/internal/wallet/payment")
public interface WalletCreditClient {

    /** The wallet's answer: APPLIED or DUPLICATE, the wallet credited and its balance after the credit. */
    record WalletCredit(String paymentNo, String outcome, Long walletId, String flowNo, BigDecimal balance) {
    }

    @PostMapping("/credit")
    ApiResponse<WalletCredit> credit(@RequestBody PaymentApproved payment);
}
