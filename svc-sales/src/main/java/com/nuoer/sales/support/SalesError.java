package com.nuoer.sales.support;

import com.nuoer.common.error.DomainError;

/** svc-sales refusals (codes inside the ranges of common-lib's ErrorCode). */
public enum SalesError implements DomainError {
    CUSTOMER_NOT_FOUND(40410, "客户不存在"),
    SALESMAN_NOT_FOUND(40411, "销售员不存在"),
    STAFF_NOT_FOUND(40412, "员工不存在"),
    DEPT_ITEM_NOT_FOUND(40413, "授权产品不存在"),
    OPPORTUNITY_NOT_FOUND(40414, "商机不存在"),
    FOLLOW_NOT_FOUND(40415, "跟进记录不存在"),
    GRADE_NOT_FOUND(40416, "客户分级不存在"),
    SALESMAN_INACTIVE(40910, "销售员已停用，不能指派客户"),
    NOT_MAINTAINED_BY_STAFF(40911, "该客户不由交接员工维护"),
    GRADE_DUPLICATE(40912, "等级编码已存在"),
    SALESMAN_ROLE_CONFLICT(40913, "该员工已是销售员"),
    FOLLOW_TARGET_REQUIRED(40010, "客户id和商机id必须传一个"),
    DATE_FORMAT(40011, "统计日期格式错误"),
    ROYALTY_INVALID(40012, "提成配置不完整"),
    NOT_ASSIGNED(40914, "客户尚未指派销售员");

    private final int code;
    private final String message;

    SalesError(int code, String message) {
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
