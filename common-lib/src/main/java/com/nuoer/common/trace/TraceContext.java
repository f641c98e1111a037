package com.nuoer.common.trace;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** Trace id conventions: header, MDC key, message property, and the accepted shape of an incoming id. */
public final class TraceContext {

    public static final String HEADER = "X-Trace-Id";
    public static final String MDC_KEY = "traceId";
    /** RocketMQ user property carrying the trace id of the request that produced the event. */
    public static final String MESSAGE_PROPERTY = "traceId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private TraceContext() {
    }

    public static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The incoming id when it is well formed (so a client cannot inject log lines), else a new one. */
    public static String acceptOrCreate(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : newTraceId();
    }

    public static String currentOrEmpty() {
        String id = MDC.get(MDC_KEY);
        return id == null ? "" : id;
    }

    public static void set(String traceId) {
        MDC.put(MDC_KEY, traceId);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
