package com.nuoer.customer.org;

/** DevEnv (domain.md §3.1): environment of a developer account, 「prod:正式,test:测试」. */
public enum DevEnv {
    PROD("prod"),
    TEST("test");

    private final String code;

    DevEnv(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
