package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Event on {@code customer-event} (tag {@code DeptItemAccredited}, aggregate = deptItemId), published by svc-customer
 * when crm or sales accredits a product with spreader royalties (flow F4-3). svc-sales upserts its SpreaderRoyalty rows
 * by (deptItemId, spreaderId); a redelivery changes nothing.
 *
 * @param salesmanId        the salesman who accredited (userId; null when ops did)
 * @param spreaderRoyalties royalties of outer spreaders on this product (may be empty)
 */
public record DeptItemAccredited(
        Long deptItemId,
        Long deptId,
        Long organizationId,
        String checkItem,
        Long salesmanId,
        List<SpreaderRoyalty> spreaderRoyalties,
        LocalDateTime accreditedAt) {

    /**
     * @param royaltyType  PRICE (royaltyPrice per charged call) | RATE (royaltyRate × sales amount)
     * @param effectMonth  yyyy-MM from which it counts
     */
    public record SpreaderRoyalty(Long spreaderId, String royaltyType, BigDecimal royaltyPrice,
                                  BigDecimal royaltyRate, String effectMonth) {
    }
}
