package com.nuoer.common.error;

/**
 * A refusal the caller can understand: carries the envelope code and a human message. Services throw it for
 * domain rules (illegal state transition, unknown id, confirmation needed); the exception handler renders it
 * with the HTTP status of the code's range.
 */
public class BizException extends RuntimeException {

    private final int code;
    private final transient Object data;

    public BizException(ErrorCode error) {
        this(error.code(), error.defaultMessage(), null);
    }

    public BizException(ErrorCode error, String message) {
        this(error.code(), message, null);
    }

    public BizException(int code, String message) {
        this(code, message, null);
    }

    /** With data for the envelope, e.g. the preview a "confirm first" (409xx) answer shows. */
    public BizException(int code, String message, Object data) {
        super(message);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    public Object data() {
        return data;
    }

    public int httpStatus() {
        return ErrorCode.httpStatusOf(code);
    }

    public static BizException notFound(String what) {
        return new BizException(ErrorCode.NOT_FOUND, what + "不存在");
    }

    public static BizException badRequest(String message) {
        return new BizException(ErrorCode.BAD_REQUEST, message);
    }

    public static BizException forbidden(String message) {
        return new BizException(ErrorCode.FORBIDDEN, message);
    }
}
