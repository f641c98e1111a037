package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Event on {@code sales-event} (tag {@code CustomerAssigned}, aggregate = customerId), published by svc-sales when
 * the maintaining salesman of a customer changes (maintain assign / batchAssign, crm editAssistant, staff handover,
 * the first maintain record after {@code CustomerRegistered}; flow F13-5). svc-customer overwrites its assignment
 * projection (organization.assistant_id …) and republishes {@code CustomerChanged}, which the other services use to
 * scope {@code /mt/sales/**}. Ordered by {@code version}.
 *
 * @param customerId   the organisation (≡ organizationId)
 * @param salesmanId   the salesman's userId; null = unassigned
 * @param effectMonth  yyyy-MM from which the assignment counts for performance
 */
public record CustomerAssigned(
        Long customerId,
        Long salesmanId,
        String salesmanName,
        String gradeCode,
        BigDecimal royaltyRate,
        String gainChannel,
        String effectMonth,
        LocalDateTime assignTime,
        long version) {
}
