package com.nuoer.customer.iam;

/** UserState (domain.md §3.1): 「0:未激活,-1:已注销,10-正常」. Only {@link #NORMAL} accounts may log in. */
public enum UserState {
    NORMAL(10),
    INACTIVE(0),
    CANCELLED(-1);

    private final int code;

    UserState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
