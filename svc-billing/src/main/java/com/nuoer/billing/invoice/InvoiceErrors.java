package com.nuoer.billing.invoice;

import com.nuoer.common.error.DomainError;

/** svc-billing's invoice codes (409xx = state / amount conflicts, 400xx = input). */
public enum InvoiceErrors implements DomainError {
    ABOVE_INVOICEABLE(40930, "开票金额超过可开票金额"),
    NOTHING_INVOICEABLE(40931, "没有可开票的账单（需已确认且有未开票金额）"),
    STATEMENT_NOT_INVOICEABLE(40932, "账单尚未确认，不能开票"),
    ILLEGAL_TRANSITION(40933, "开票记录当前状态不允许此操作"),
    NOT_ISSUED(40934, "发票尚未开具，不能发送"),
    REJECT_REASON_REQUIRED(40030, "驳回时请填写拒绝原因"),
    SEVERAL_ACCOUNTS(40031, "一次开票只能包含同一开发账户的账单");

    private final int code;
    private final String message;

    InvoiceErrors(int code, String message) {
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
