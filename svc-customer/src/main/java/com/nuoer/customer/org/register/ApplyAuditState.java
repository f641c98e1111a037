package com.nuoer.customer.org.register;

/** ApplyAuditState (domain.md §3.1): 「-10:已驳回,0:待审核,10:已通过」. */
public final class ApplyAuditState {
    public static final int REJECTED = -10;
    public static final int PENDING = 0;
    public static final int PASSED = 10;

    private ApplyAuditState() {
    }
}
