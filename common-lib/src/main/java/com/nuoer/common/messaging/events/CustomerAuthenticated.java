package com.nuoer.common.messaging.events;

import java.time.LocalDateTime;

/**
 * Event on {@code customer-event} (tag {@code CustomerAuthenticated}, aggregate = organizationId): an
 * authentication record passed (auth/audit pass, manualAuth, registration; flow F3). Consumers: svc-contract (auth
 * state, signer type: 10 个人 → name + idCard, 20 企业 → mobile), svc-sales projection.
 *
 * @param authType 10 个人认证, 20 企业认证
 */
public record CustomerAuthenticated(
        Long organizationId,
        Long merchantId,
        Long userId,
        Long authRecordId,
        Integer authType,
        String enterpriseName,
        String enterpriseNo,
        String realName,
        String mobile,
        LocalDateTime authTime) {
}
