package com.nuoer.e2e;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Polling until something eventually holds (events, outboxes, restarts); fails with the last value seen. */
public final class Await {

    private Await() {
    }

    public static <T> T until(String what, Duration within, Callable<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        T last = probe.call();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not reached within " + within + " (last: " + last + ")");
            }
            LockSupport.parkNanos(300_000_000L);
            last = probe.call();
        }
        return last;
    }
}
