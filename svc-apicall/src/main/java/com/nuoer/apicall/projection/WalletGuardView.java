package com.nuoer.apicall.projection;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Copy of the wallet that pays a customer's calls (its default wallet): {@code available} = what may still be spent
 * (null = no limit, 月结), {@code exhausted} after WalletExhausted. {@code walletId} null = read over Feign from the
 * wallet summary (no event seen yet).
 */
public record WalletGuardView(Long walletId, Long organizationId, Long merchantId, Integer overdraftState,
                              BigDecimal available, Integer state, boolean exhausted, long version,
                              LocalDateTime changedAt) {

    public static final int MONTHLY = 20;

    public boolean monthly() {
        return overdraftState != null && overdraftState == MONTHLY;
    }

    public boolean locked() {
        return (state != null && state == -1) || (overdraftState != null && overdraftState == -1);
    }
}
