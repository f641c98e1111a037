package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Event on {@code apicall-event} (tag {@code UsageAggregated}, aggregate = {@code usageDate:deptId:checkItem}):
 * the usage of one product by one developer account on one day <em>so far</em> (flows F6-1, F13-1). svc-apicall
 * maintains the aggregates as calls happen and publishes a snapshot of every key that changed at most every 5
 * minutes, and a last one when the day is closed ({@code closed = true}, T+1 00:10) or a record of the day is
 * corrected. A full snapshot: consumers (svc-billing daily bills, svc-sales performance) overwrite their row for the
 * key and ignore snapshots whose {@code version} is not higher than the one they hold — redelivery and reordering
 * change nothing.
 *
 * @param usageDate    the day (Asia/Shanghai)
 * @param callCount    all calls
 * @param successCount calls answered (success = 1)
 * @param cacheCount   calls answered from the cache
 * @param freeCount    calls covered by the free count
 * @param chargeCount  charged calls (Σ lines.count)
 * @param fee          Σ lines.fee: the amount the customer owes for the day (yuan, 2 decimals)
 * @param lines        charged calls grouped by the unit price in force when each call was made (a price change
 *                     in the middle of the day gives two lines)
 * @param upstreams    upstream (cost) usage of the day per upstream configuration
 * @param closed       true for the final snapshot of a closed day
 * @param version      monotonic per key
 */
public record UsageAggregated(
        LocalDate usageDate,
        Long deptId,
        String appId,
        Long organizationId,
        Long merchantId,
        Long userId,
        String checkItem,
        String checkItemName,
        long callCount,
        long successCount,
        long cacheCount,
        long freeCount,
        long chargeCount,
        BigDecimal fee,
        List<PriceLine> lines,
        List<UpstreamUsage> upstreams,
        boolean closed,
        long version,
        LocalDateTime aggregatedAt) {

    /** {@code count} charged calls at {@code price}; {@code fee} = their amount. */
    public record PriceLine(BigDecimal price, long count, BigDecimal fee) {
    }

    /**
     * Calls sent to one upstream configuration ({@code upstreamConfigId} = check_config id): {@code count} attempts,
     * {@code feeCount} of them billable by the upstream, {@code cost} what the platform owes it (yuan).
     */
    public record UpstreamUsage(Long upstreamConfigId, Long dataSourceId, String dataSourceCode,
                                String dataSourceName, long count, long feeCount, BigDecimal cost) {
    }
}
