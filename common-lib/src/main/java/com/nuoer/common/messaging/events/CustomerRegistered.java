package com.nuoer.common.messaging.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Event on {@code customer-event} (tag {@code CustomerRegistered}, aggregate = organizationId), published by
 * svc-customer in the transaction that creates a customer (registerAudit pass, crm register, syncRegister create;
 * flow F1 step 4). Consumers: svc-wallet creates the default wallet (once per merchant: overdraftState 20 when
 * {@code isMonthlySettle}, else 0, with {@code overdraftQuota}); svc-sales creates the CustomerMaintain record of
 * {@code assistantId} (effectMonth = {@code royaltyEffectMonth} or the month of {@code registeredAt}) and links the
 * opportunity. Deduplicate on the envelope's eventId.
 *
 * @param organizationId     the new organisation (≡ customerId, enterpriseId)
 * @param merchantId         its user-centre merchant
 * @param userId             the owner account that logs in to beeback
 * @param assistantId        the maintaining salesman's userId (may be null: no salesman yet)
 * @param gradeCode          customer grade decided by the audit (crm register: from the form)
 * @param royaltyRate        0–1
 * @param royaltyEffectMonth yyyy-MM, null = month of registration
 * @param customerType       10 试用客户, 20 正式客户
 * @param isMonthlySettle    true → wallet overdraftState 20 月结
 * @param overdraftQuota     overdraft quota of the wallet (may be null)
 * @param noticeAtOnce       the account notice was sent to the customer right away
 * @param applyNo            the registration application (null for crm register / syncRegister)
 * @param sourceAppcode      crm | sales | sync
 */
public record CustomerRegistered(
        Long organizationId,
        Long merchantId,
        Long userId,
        String organizationName,
        String mobile,
        String email,
        Long assistantId,
        String gradeCode,
        BigDecimal royaltyRate,
        String royaltyEffectMonth,
        String gainChannel,
        Long opportunityId,
        Integer customerType,
        String customerNature,
        String industry,
        @JsonProperty("isMonthlySettle") Boolean isMonthlySettle,
        BigDecimal overdraftQuota,
        Boolean noticeAtOnce,
        String applyNo,
        String sourceAppcode,
        LocalDateTime registeredAt) {
}
