package com.nuoer.wallet.wallet;

import java.math.BigDecimal;

/** A wallet row as one conditional update left it (RETURNING), the source of {@code WalletChanged}. */
public record WalletSnapshot(long walletId, Long organizationId, Long merchantId, boolean isDefault, String appcode,
                             BigDecimal balance, int overdraftState, BigDecimal overdraftQuota, int state,
                             long version, boolean alertPending) {

    public static final int OVERDRAFT_PREPAID = 0;
    public static final int OVERDRAFT_ALLOWED = 10;
    public static final int OVERDRAFT_MONTHLY = 20;

    /** What may still be spent; null for 月结 (no limit). */
    public BigDecimal available() {
        return switch (overdraftState) {
            case OVERDRAFT_MONTHLY -> null;
            case OVERDRAFT_ALLOWED -> balance.add(overdraftQuota);
            default -> balance;
        };
    }

    public boolean exhausted() {
        BigDecimal available = available();
        return available != null && available.signum() <= 0;
    }
}
