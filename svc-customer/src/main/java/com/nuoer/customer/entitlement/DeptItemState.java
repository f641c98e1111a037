package com.nuoer.customer.entitlement;

/** DeptItemState (domain.md §3.1): 0 待审核, 10 已开通, -1 已禁用, -10 已驳回. */
public final class DeptItemState {

    public static final int PENDING = 0;
    public static final int OPENED = 10;
    public static final int DISABLED = -1;
    public static final int REJECTED = -10;

    private DeptItemState() {
    }
}
