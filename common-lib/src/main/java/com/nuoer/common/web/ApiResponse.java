package com.nuoer.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.trace.TraceContext;

/**
 * The seed's envelope {@code {code, msg, data, timestamp, traceId}}: code 0 = success, {@code data} left out
 * when null (as in the seed's examples), timestamp in epoch milliseconds, traceId from the gateway's X-Trace-Id.
 */
@JsonPropertyOrder({"code", "msg", "data", "timestamp", "traceId"})
public record ApiResponse<T>(
        int code,
        String msg,
        @JsonInclude(JsonInclude.Include.NON_NULL) T data,
        long timestamp,
        String traceId) {

    public static final String OK_MSG = "success";

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(ErrorCode.SUCCESS.code(), OK_MSG, data, System.currentTimeMillis(), TraceContext.currentOrEmpty());
    }

    public static <T> ApiResponse<T> ok() {
        return ok(null);
    }

    public static <T> ApiResponse<T> fail(ErrorCode error, String msg) {
        return fail(error.code(), msg == null ? error.defaultMessage() : msg);
    }

    public static <T> ApiResponse<T> fail(int code, String msg) {
        return new ApiResponse<>(code, msg, null, System.currentTimeMillis(), TraceContext.currentOrEmpty());
    }

    /** Same envelope with an explicit trace id (used where no MDC exists, e.g. the reactive gateway). */
    public static <T> ApiResponse<T> fail(int code, String msg, String traceId) {
        return new ApiResponse<>(code, msg, null, System.currentTimeMillis(), traceId == null ? "" : traceId);
    }

    public boolean success() {
        return code == ErrorCode.SUCCESS.code();
    }
}
