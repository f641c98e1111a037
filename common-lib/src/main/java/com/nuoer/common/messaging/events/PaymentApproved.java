package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Event on {@code billing-event} (tag {@code PaymentApproved}, aggregate = paymentNo): ops passed a payment (回款)
 * audit; svc-billing has settled the customer's statements with it in the same transaction (flow F8-3). Consumers:
 * svc-wallet credits {@code residueAmount} (when &gt; 0) to the customer's default wallet as a {@code recharge} flow
 * with payMethod OFFLINE and {@code businessNo = paymentNo} (exactly once); svc-sales adds {@code amount} to the
 * salesman's paymentAmount.
 *
 * @param paymentNo       unique payment number
 * @param customerId      the customer organisation (≡ organizationId)
 * @param merchantId      its merchant (may be null)
 * @param amount          the whole payment
 * @param settledAmount   part used to settle statements
 * @param residueAmount   amount − settledAmount: what is left for the wallet (0 when nothing is left)
 * @param afterDebtAmount receivables still open after the settlement
 * @param salesmanId      the salesman who recorded the payment (userId)
 * @param royaltyRate     royalty rate valid at paymentDate (may be null)
 * @param royaltyAmount   royalty of the salesman (may be null)
 */
public record PaymentApproved(
        String paymentNo,
        Long customerId,
        Long merchantId,
        BigDecimal amount,
        BigDecimal settledAmount,
        BigDecimal residueAmount,
        BigDecimal afterDebtAmount,
        Long salesmanId,
        BigDecimal royaltyRate,
        BigDecimal royaltyAmount,
        LocalDate paymentDate,
        LocalDateTime auditTime) {
}
