package com.nuoer.customer.org.auth;

/** AuthType (domain.md §3.1): 「0-未认证,10-个人认证,20-企业认证」. */
public final class AuthType {
    public static final int NONE = 0;
    public static final int PERSONAL = 10;
    public static final int ENTERPRISE = 20;

    private AuthType() {
    }

    public static boolean isAuthenticated(Integer type) {
        return type != null && (type == PERSONAL || type == ENTERPRISE);
    }
}
