package com.nuoer.portal.doc;

import com.nuoer.common.error.BizException;

/** Domain refusals of svc-portal (the HTTP status comes from the range). */
public enum PortalErrorCode {
    /** queryDetail / dealCollect of a product without (visible) documentation. */
    DOC_NOT_FOUND(40410, "产品文档不存在或已下架"),
    /** queryDetail without id and checkItem. */
    DOC_KEY_MISSING(40010, "id 与 checkItem 至少传一个"),
    /** enumList with a class name the registry does not know. */
    ENUM_UNKNOWN(40411, "未知的枚举类名");

    private final int code;
    private final String message;

    PortalErrorCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public BizException exception() {
        return new BizException(code, message);
    }

    public BizException exception(String detail) {
        return new BizException(code, message + ": " + detail);
    }
}
