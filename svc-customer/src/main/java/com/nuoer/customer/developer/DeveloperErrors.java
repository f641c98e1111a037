package com.nuoer.customer.developer;

import com.nuoer.common.error.DomainError;

/** Domain refusals of developer accounts (409xx range of ErrorCode). */
public enum DeveloperErrors implements DomainError {
    ACCOUNT_EXISTS(40950, "该环境已开通开发者账号"),
    NO_ORGANIZATION(40951, "该用户还没有企业，无法开通开发者账号");

    private final int code;
    private final String message;

    DeveloperErrors(int code, String message) {
        this.code = code;
        this.message = message;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String message() {
        return message;
    }
}
