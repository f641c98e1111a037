package com.nuoer.customer.org.organization;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Filters of the customer lists (crm list, sales list, marketing list), already parsed. {@code scopeAssistantId}
 * is the scoping of a sales caller (never from the request body); the other fields are the seed's filters.
 * {@code excludeCheckItem} and {@code matchMonth} need entitlement / sales-history data that is not in this part:
 * excludeCheckItem is applied once a {@code dept_item} table exists, matchMonth narrows to the current assignment.
 */
public record CustomerFilter(
        Long scopeAssistantId,
        String keyword,
        String customerNameLike,
        Long assistantId,
        Boolean nonAssistantId,
        Integer state,
        LocalDateTime createTimeGte,
        LocalDateTime createTimeLte,
        Integer customerType,
        List<String> customerNatureList,
        List<Long> includeIds,
        List<Long> excludeIds,
        List<Long> merchantIdList,
        String gainChannel,
        String excludeCheckItem,
        LocalDate nearFollowDateGte,
        LocalDate nearFollowDateLt) {
}
