package com.nuoer.customer.developer;

/** Domain refusals of developer accounts (409xx range of ErrorCode). */
public enum DeveloperErrors {
    ACCOUNT_EXISTS(40910, "该环境已开通开发者账号"),
    NO_ORGANIZATION(40911, "该用户还没有企业，无法开通开发者账号");

    private final int code;
    private final String message;

    DeveloperErrors(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public com.nuoer.common.error.BizException exception() {
        return new com.nuoer.common.error.BizException(code, message);
    }

    public int code() {
        return code;
    }
}
