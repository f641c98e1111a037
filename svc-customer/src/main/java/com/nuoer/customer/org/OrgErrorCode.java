package com.nuoer.customer.org;

import com.nuoer.common.error.DomainError;

/**
 * Domain refusals of the organisation part of svc-customer (409xx = conflict / confirm first; the HTTP status comes
 * from the range).
 */
public enum OrgErrorCode implements DomainError {
    /** crm register / syncRegister with a mobile already used by a customer and {@code confirmRepeat} not true. */
    MOBILE_REPEAT_CONFIRM(40910, "该手机号已注册过客户，确认仍要注册请传 confirmRepeat=true"),
    /** The registration application is not in a state that allows the operation. */
    APPLY_STATE(40911, "注册申请当前状态不允许该操作"),
    /** The authentication record is not in a state that allows the operation. */
    AUTH_STATE(40912, "认证记录当前状态不允许该操作"),
    /** Delete of a customer that still has developer accounts and is not disabled first. */
    CUSTOMER_IN_USE(40913, "客户仍有开发账户，请先禁用客户再删除"),
    /** The requested username is taken. */
    USERNAME_TAKEN(40914, "用户名已被占用"),
    /** An organisation state change the state machine does not allow. */
    ORG_STATE(40915, "客户当前状态不允许该操作");

    private final int code;
    private final String message;

    OrgErrorCode(int code, String message) {
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
