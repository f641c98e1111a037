package com.nuoer.customer.org.auth;

/** AuthRecordState (domain.md §3.1, [P] codes): 0 待审核, 10 已通过, -10 已驳回. */
public final class AuthState {
    public static final int PENDING = 0;
    public static final int PASSED = 10;
    public static final int REJECTED = -10;

    private AuthState() {
    }
}
