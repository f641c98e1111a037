package com.nuoer.apicall.open;

import com.nuoer.common.error.BizException;

/**
 * Every refusal of the open API {@code POST /open/v1/{checkItem}} has its own code (the HTTP status follows the
 * range: 400/401/402/403/404/409/502).
 */
public enum OpenApiErrors {
    MISSING_HEADER(40020, "缺少签名请求头（X-App-Id, X-Timestamp, X-Nonce, X-Signature）"),
    BAD_PARAMS(40021, "请求参数错误"),
    ENCRYPTION_NOT_ALLOWED(40022, "该产品不支持此加密方式"),
    APP_ID_UNKNOWN(40120, "appId不存在"),
    BAD_SIGNATURE(40121, "签名错误"),
    TIMESTAMP_EXPIRED(40122, "请求时间戳超出允许范围（±5分钟）"),
    NONCE_REPLAYED(40123, "nonce已使用，请勿重放请求"),
    BALANCE_EXHAUSTED(40220, "账户余额不足，请充值后再调用"),
    IP_NOT_ALLOWED(40320, "调用IP不在白名单内"),
    ACCOUNT_DISABLED(40321, "账户已停用"),
    PRODUCT_NOT_AUTHORISED(40322, "未开通该产品"),
    PRODUCT_DISABLED(40323, "该产品已停用或已下架"),
    CONTRACT_NOT_SIGNED(40324, "该产品合同未签署"),
    PRODUCT_UNKNOWN(40420, "产品不存在"),
    TRADE_NO_CONFLICT(40920, "交易单号已使用且请求参数不同"),
    TRADE_NO_IN_PROGRESS(40921, "相同交易单号的请求正在处理中，请稍后重试"),
    UPSTREAM_FAILED(50220, "数据源暂不可用，请稍后重试");

    private final int code;
    private final String message;

    OpenApiErrors(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    public BizException exception() {
        return new BizException(code, message);
    }

    public BizException exception(String detail) {
        return new BizException(code, detail);
    }

    public BizException exception(String detail, Object data) {
        return new BizException(code, detail, data);
    }
}
