package com.nuoer.common.trace;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/** Trace id conventions: header, MDC key, message property, and the accepted shape of an incoming id. */
public final class TraceContext {

    public static final String HEADER = "X-Trace-Id";
    public static final String MDC_KEY = "traceId";
    /** RocketMQ user property carrying the trace id of the request that produced the event. */
    public static final String MESSAGE_PROPERTY = "traceId";

    private static final HexFormat HEX = HexFormat.of();

    private TraceContext() {
    }

    /**
     * 32 lower-case hex digits of 128 random bits. A trace id correlates log lines, it protects nothing, so it comes
     * from ThreadLocalRandom (every request of the gateway and the services makes one; UUID.randomUUID's
     * SecureRandom and string rewriting were a visible share of the open API's per-call CPU).
     */
    public static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    /** The incoming id when it is well formed (so a client cannot inject log lines), else a new one. */
    public static String acceptOrCreate(String incoming) {
        return accepted(incoming) ? incoming : newTraceId();
    }

    /** 8–64 characters of {@code A-Z a-z 0-9 . _ -}. */
    static boolean accepted(String id) {
        if (id == null || id.length() < 8 || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
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
