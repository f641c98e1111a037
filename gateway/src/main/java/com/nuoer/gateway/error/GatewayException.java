package com.nuoer.gateway.error;

import com.nuoer.common.error.ErrorCode;

/** An error the gateway answers itself; rendered as the envelope by {@link GatewayErrorHandler}. */
public class GatewayException extends RuntimeException {

    private final transient ErrorCode errorCode;

    public GatewayException(ErrorCode errorCode) {
        this(errorCode, null, null);
    }

    public GatewayException(ErrorCode errorCode, String message, Throwable cause) {
        super(message == null ? errorCode.defaultMessage() : message, cause, false, false);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
