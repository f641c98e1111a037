package com.nuoer.apicall.upstream;

/** An attempt that failed (error answer, timeout, connection refused): the router tries the next upstream. */
public class UpstreamException extends RuntimeException {

    public UpstreamException(String message) {
        super(message);
    }

    public UpstreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
