package com.nuoer.common.error;

/** A call to another service answered with an error envelope (or not at all); keeps the remote code and message. */
public class RemoteServiceException extends BizException {

    private final String service;

    public RemoteServiceException(String service, int code, String message) {
        super(code, message);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
