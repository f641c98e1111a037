package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Event on {@code wallet-event} (tag {@code WalletChanged}, aggregate = walletId), published by svc-wallet in the
 * transaction of every change of a wallet (charge, recharge, merge, edit, creation). A full snapshot: consumers
 * (svc-apicall's call guard, svc-customer's overdraftType) overwrite their projection and ignore snapshots with a
 * lower {@code version} than the one they hold.
 *
 * @param state          WalletState: -1 已锁定/已关闭 (merged), 0 待开通, 10 正常
 * @param overdraftState -1 已锁定, 0 预充值(不允许超支), 10 预充值(允许超支), 20 月结
 * @param available      what may still be spent: balance (state 0), balance + overdraftQuota (10), null (20: no limit)
 * @param version        monotonic per wallet
 */
public record WalletChanged(
        Long walletId,
        Long organizationId,
        Long merchantId,
        Boolean isDefault,
        String appcode,
        BigDecimal balance,
        Integer overdraftState,
        BigDecimal overdraftQuota,
        BigDecimal available,
        Integer state,
        long version,
        LocalDateTime changedAt) {
}
