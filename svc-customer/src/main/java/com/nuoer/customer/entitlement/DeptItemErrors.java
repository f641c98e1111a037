package com.nuoer.customer.entitlement;

import com.nuoer.common.error.DomainError;

/** Domain refusals of entitlements (400xx input, 404xx unknown, 409xx state). */
public enum DeptItemErrors implements DomainError {
    SUB_ITEM_NOT_OF_FUSION(40060, "子项产品不属于该聚合产品"),
    EFFECT_TIME_NOT_FUTURE(40061, "生效时间必须晚于当前时间"),
    NOT_FUSION(40062, "该产品不是聚合产品"),
    SOURCE_NOT_OF_PRODUCT(40063, "数据源配置不属于该产品"),
    FREE_COUNT_EXCEEDED(40064, "免费次数超过该产品允许的上限"),
    BAD_AUDIT_TYPE(40065, "auditType: 只能是 pass 或 reject"),
    BAD_DEAL_TYPE(40066, "dealType: 只能是 10(新增) 或 20(删除)"),
    UNKNOWN_PRODUCT(40460, "产品不存在"),
    NO_DEVELOPER_ACCOUNT(40960, "请先开通开发者账号再申请产品"),
    STATE(40961, "授权产品当前状态不允许该操作"),
    ALREADY_OPENED(40962, "该产品已开通，无需重复申请"),
    NOT_APPLICABLE(40963, "该产品不支持在线申请，请联系销售开通"),
    PRODUCT_OFFLINE(40964, "产品已下架，不能授权"),
    BELOW_FLOOR_PRICE(40965, "价格低于销售底价，请通过调价提交审核"),
    ADJUST_STATE(40966, "调价记录当前状态不允许该操作");

    private final int code;
    private final String message;

    DeptItemErrors(int code, String message) {
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
