package com.nuoer.apicall.forewarn;

import com.nuoer.common.error.DomainError;

/** Refusals of the alert rules (codes unique within svc-apicall: 40070-40079, 40470-40479). */
public enum ForewarnErrors implements DomainError {
    BAD_PERIOD(40070, "periodSeconds: 周期须在" + ForewarnRules.MIN_PERIOD_SECONDS + "秒到7天之间"),
    BAD_ERROR_COUNT(40071, "errorCount: 异常数量须在1到" + ForewarnRules.MAX_ERROR_COUNT + "之间"),
    UNKNOWN_PRODUCT(40470, "产品不存在"),
    PRODUCT_NOT_OPENED(40471, "未开通该产品，不能配置预警"),
    UNKNOWN_CONTACT(40472, "联系人不存在"),
    ITEM_NOT_FOUND(40473, "预警配置不存在"),
    NO_DEVELOPER_ACCOUNT(40970, "尚未开通开发者账号，不能配置异常预警");

    private final int code;
    private final String message;

    ForewarnErrors(int code, String message) {
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
