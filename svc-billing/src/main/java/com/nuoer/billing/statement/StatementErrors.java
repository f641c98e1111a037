package com.nuoer.billing.statement;

import com.nuoer.common.error.DomainError;

/** svc-billing's statement codes (409xx = state, 400xx = input of the statement rules). */
public enum StatementErrors implements DomainError {
    NOT_EDITABLE(40920, "只有待核准的账单可以修改（金额、明细、合并）"),
    ILLEGAL_TRANSITION(40921, "账单当前状态不允许此操作"),
    NOT_SENDABLE(40922, "账单尚未核准，不能发送；请先核准账单"),
    CAN_INVOICE_TOO_HIGH(40020, "可开票金额不能大于账单总金额"),
    STATEMENT_NO_REQUIRED(40021, "新增账单明细时对账单号必填"),
    MERGE_TOO_FEW(40022, "至少选择两条账单明细进行合并"),
    MERGE_DIFFERENT_ITEMS(40023, "只能合并同一产品的账单明细"),
    BAD_DATE(40024, "日期格式错误"),
    ATTACHMENT_FAILED(50010, "账单附件生成失败");

    private final int code;
    private final String message;

    StatementErrors(int code, String message) {
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
