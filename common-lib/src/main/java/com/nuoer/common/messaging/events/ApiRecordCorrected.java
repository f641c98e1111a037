package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Event on {@code apicall-event} (tag {@code ApiRecordCorrected}, aggregate = seqNo): ops corrected a call record
 * after the fact ({@code api/editApiRecord}, flow F5-8). svc-wallet refunds {@code feeBefore − feeAfter} when positive
 * (flow {@code refund}, businessNo = {@code seqNo + ":" + version}, exactly once); svc-billing needs nothing more than
 * the {@link UsageAggregated} snapshot of {@code usageDate} that svc-apicall republishes in the same transaction.
 *
 * @param walletId  the wallet that paid the call (null: monthly settlement or unknown → the default wallet)
 * @param version   monotonic per seqNo (a record may be corrected more than once)
 */
public record ApiRecordCorrected(
        String seqNo,
        Long deptId,
        Long organizationId,
        Long merchantId,
        Long walletId,
        String checkItem,
        LocalDate usageDate,
        Integer successBefore,
        Integer successAfter,
        Integer isFeeBefore,
        Integer isFeeAfter,
        BigDecimal feeBefore,
        BigDecimal feeAfter,
        String reason,
        long version,
        LocalDateTime correctedAt) {
}
