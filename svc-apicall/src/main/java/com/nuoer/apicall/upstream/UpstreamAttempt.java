package com.nuoer.apicall.upstream;

import java.math.BigDecimal;

/** One attempt at one upstream (becomes an UpstreamRecord): answer on success, error text on failure. */
public record UpstreamAttempt(UpstreamRoute route, String checkItem, UpstreamAnswer answer, String error, int timeMs) {

    public boolean success() {
        return answer != null;
    }

    /** The upstream bills answered attempts (cost of the configuration). */
    public BigDecimal cost() {
        return success() && route.cost() != null ? route.cost() : BigDecimal.ZERO;
    }
}
