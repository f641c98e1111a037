package com.nuoer.customer.org;

/** OrgState (domain.md §3.1, §6-6): -1 禁用, 0 待审核 (also 「未认证」 in the list filter), 10 正常. */
public enum OrgState {
    DISABLED(-1),
    PENDING(0),
    NORMAL(10);

    private final int code;

    OrgState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrgState of(int code) {
        for (OrgState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown organization state " + code);
    }

    public static boolean isValid(Integer code) {
        if (code == null) {
            return false;
        }
        for (OrgState s : values()) {
            if (s.code == code) {
                return true;
            }
        }
        return false;
    }
}
