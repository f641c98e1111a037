package com.nuoer.common.messaging.events;

import java.time.LocalDateTime;

/**
 * Event on {@code customer-event} (tag {@code CustomerChanged}, aggregate = organizationId): the organisation's
 * profile or state changed (crm customer edit, delete, syncRegister update, authentication rename). A full snapshot,
 * so consumers simply overwrite their projection (billing/sales/contract names, wallet lock, apicall block — flow
 * F15); {@code version} (epoch millis of the change) orders snapshots, older ones are ignored.
 *
 * @param state   OrgState: -1 禁用, 0 待审核, 10 正常
 * @param deleted true once the customer is (soft) deleted; consumers treat it as disabled for good
 */
public record CustomerChanged(
        Long organizationId,
        Long merchantId,
        Long userId,
        String organizationName,
        String aliasName,
        String enterpriseNo,
        String mobile,
        String linkman,
        String linkMobile,
        String email,
        Integer state,
        Integer customerType,
        String customerNature,
        String industry,
        Long assistantId,
        boolean deleted,
        long version,
        LocalDateTime changedAt) {
}
