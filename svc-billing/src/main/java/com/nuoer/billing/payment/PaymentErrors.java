package com.nuoer.billing.payment;

import com.nuoer.common.error.DomainError;

/** svc-billing's payment (回款) codes. */
public enum PaymentErrors implements DomainError {
    ILLEGAL_TRANSITION(40940, "回款记录当前状态不允许此操作"),
    REJECT_REASON_REQUIRED(40040, "驳回时请填写驳回原因"),
    FUTURE_DATE(40041, "回款日期不能晚于今天");

    private final int code;
    private final String message;

    PaymentErrors(int code, String message) {
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
