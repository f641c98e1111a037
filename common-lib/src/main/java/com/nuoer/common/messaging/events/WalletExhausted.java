package com.nuoer.common.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Event on {@code wallet-event} (tag {@code WalletExhausted}, aggregate = walletId): after a change the wallet has
 * nothing left to spend (available ≤ 0, never for 月结 wallets), or a charge did not fit and was recorded as arrears.
 * svc-apicall's guard blocks the wallet's calls until a {@link WalletChanged} with available &gt; 0 arrives.
 *
 * @param arrearsAmount amount of a charge that did not fit (0 when the wallet simply reached its limit)
 */
public record WalletExhausted(
        Long walletId,
        Long organizationId,
        Long merchantId,
        BigDecimal balance,
        BigDecimal available,
        BigDecimal arrearsAmount,
        long version,
        LocalDateTime exhaustedAt) {
}
