package com.nuoer.apicall.forewarn;

/** Limits of an alert rule (also the request's validation bounds). */
public final class ForewarnRules {

    public static final int MIN_PERIOD_SECONDS = 10;
    /** One week. */
    public static final int MAX_PERIOD_SECONDS = 604_800;
    public static final int MAX_ERROR_COUNT = 1_000_000;

    private ForewarnRules() {
    }
}
