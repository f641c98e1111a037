package com.nuoer.common.messaging.events;

import java.util.List;

/**
 * Event on {@code customer-event} (tag {@code StaffChanged}, aggregate id = staffId), published by svc-customer when a
 * staff member of the operator (crm or sales) is added, edited or deleted (domain.md F14). svc-sales keeps its
 * salesman names/mobiles from it and marks the salesman inactive when {@code active} is false. Consumers apply an
 * event only if its {@code version} is newer than the one they hold.
 *
 * @param change     {@code added} | {@code edited} | {@code deleted}
 * @param staffId    the staff row ({@code salesmanStaffId} in sales)
 * @param userId     the user account ({@code salesmanId} in sales)
 * @param appcode    the app the staff works in: {@code crm} or {@code sales}
 * @param roleCodes  codes of the staff's roles in that app
 * @param active     false once deleted (disabled)
 * @param version    monotonic per staff (modify time, epoch millis)
 */
public record StaffChanged(
        String change,
        Long staffId,
        Long userId,
        Long merchantId,
        String appcode,
        String name,
        String mobile,
        String email,
        Long departmentId,
        List<String> roleCodes,
        boolean active,
        long version) {

    public static final String ADDED = "added";
    public static final String EDITED = "edited";
    public static final String DELETED = "deleted";
}
