package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Event on {@code apicall-event} (tag {@code ApiCallCharged}, aggregate = walletId, else organizationId): a batch of
 * charge lines of one wallet, grouped by svc-apicall's relay (flow F5-6, every ≤ 2 s). svc-wallet applies one batch
 * as exactly one {@code pay} flow ({@code businessNo = batchNo}, unique per wallet), so a batch redelivered or
 * re-produced is never charged twice. Not produced for wallets in overdraftState 20 (月结).
 *
 * @param batchNo        unique number of the batch (the idempotency key of the charge)
 * @param walletId       the wallet to charge; null → the default wallet of {@code organizationId}
 *                       (or of {@code merchantId} when organizationId is null too)
 * @param organizationId the customer (≡ customerId, enterpriseId)
 * @param merchantId     its user-centre merchant
 * @param deptId         the developer account the calls were made with (may be null)
 * @param appcode        app of the calls (may be null)
 * @param items          the lines; the charged amount is the sum of their {@code fee}
 * @param chargedAt      when the batch was closed
 */
public record ApiCallCharged(
        String batchNo,
        Long walletId,
        Long organizationId,
        Long merchantId,
        Long deptId,
        String appcode,
        List<Item> items,
        LocalDateTime chargedAt) {

    /**
     * One grouped line: {@code count} charged calls of one product, {@code fee} their total amount (yuan, 2
     * decimals, ≥ 0), covering ApiRecord seqNos {@code seqNoFrom..seqNoTo}.
     */
    public record Item(String checkItem, String checkItemName, long count, BigDecimal fee, String seqNoFrom,
                       String seqNoTo) {
    }
}
