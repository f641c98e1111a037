package com.nuoer.common.error;

/**
 * A service's own refusal codes: implemented by one enum per feature area, with codes inside the ranges of
 * {@link ErrorCode} (400xx input, 403xx permission, 404xx unknown, 409xx state/confirm, 429xx rate) so the HTTP
 * status follows from the code. Codes must be unique within a service.
 */
public interface DomainError {

    int code();

    String message();

    default BizException exception() {
        return new BizException(code(), message());
    }

    /** The same code with a more specific message. */
    default BizException exception(String detail) {
        return new BizException(code(), detail);
    }
}
