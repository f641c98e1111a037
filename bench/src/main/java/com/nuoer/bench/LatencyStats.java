package com.nuoer.bench;

import org.HdrHistogram.Histogram;

/**
 * One measured series: how many operations in how many seconds, and the latency percentiles read from an
 * HdrHistogram recorded in microseconds (1 µs .. 10 min, 3 significant digits). Times in the JSON are milliseconds.
 */
public record LatencyStats(String label, long count, double seconds, double throughput, double meanMs, double p50Ms,
                           double p90Ms, double p95Ms, double p99Ms, double p999Ms, double maxMs) {

    /** A histogram able to hold 1 µs .. 10 minutes at 3 significant digits (thread-safe recording not needed). */
    public static Histogram newHistogram() {
        return new Histogram(1, 600_000_000L, 3);
    }

    /** Records a duration in nanoseconds (clamped to the histogram's range). */
    public static void record(Histogram h, long nanos) {
        long micros = Math.max(1, Math.min(600_000_000L, nanos / 1_000));
        h.recordValue(micros);
    }

    public static LatencyStats of(String label, Histogram h, double seconds) {
        long n = h.getTotalCount();
        if (n == 0) {
            return new LatencyStats(label, 0, seconds, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new LatencyStats(label, n, seconds, seconds > 0 ? n / seconds : 0, h.getMean() / 1000.0,
                ms(h, 50), ms(h, 90), ms(h, 95), ms(h, 99), ms(h, 99.9), h.getMaxValue() / 1000.0);
    }

    private static double ms(Histogram h, double pct) {
        return h.getValueAtPercentile(pct) / 1000.0;
    }
}
