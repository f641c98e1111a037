package com.nuoer.wallet.wallet;

import com.nuoer.common.error.BizException;

/** svc-wallet's own envelope codes (4xxxx ranges of common-lib's ErrorCode). */
public enum WalletErrors {
    /** crm recharge with confirmed=false: the preview is in {@code data}. */
    RECHARGE_CONFIRM(40910, "请确认充值：充值后余额见预览"),
    WALLET_CLOSED(40911, "钱包已关闭（已合并），不能操作"),
    OVERDRAFT_TOO_LOW(40912, "当前余额低于新的超支额度，请先充值或提高额度"),
    MERGE_SAME(40913, "不能把钱包合并到自身"),
    MERGE_DEFAULT(40914, "默认钱包不能被合并，请把其他钱包合并到默认钱包"),
    MERGE_DEBT(40915, "目标钱包的额度不足以承接源钱包的欠款"),
    CUSTOMER_LOCKED(40916, "客户已停用，钱包已锁定，不能修改后付设置"),
    PAY_ORDER_STATE(40920, "支付单状态已变化"),
    PAY_ORDER_EXPIRED(40921, "支付单已过期"),
    PAY_AMOUNT_MISMATCH(40022, "支付金额与支付单不一致"),
    BAD_SIGNATURE(40120, "回调签名错误");

    private final int code;
    private final String message;

    WalletErrors(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public BizException error() {
        return new BizException(code, message);
    }

    public BizException error(Object data) {
        return new BizException(code, message, data);
    }
}
