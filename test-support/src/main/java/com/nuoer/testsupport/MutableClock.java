package com.nuoer.testsupport;

import com.nuoer.common.config.JacksonConventions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock integration tests move (Kill Bill style), in Asia/Shanghai: the real time, or a time the test
 * {@link #set}s, plus what it {@link #advance}s; {@link #reset} goes back to the real time. Registered as the
 * {@code @Primary} Clock bean of a test context.
 */
public class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** From now on the clock starts at {@code time} (Asia/Shanghai) instead of the real time. */
    public void set(LocalDateTime time) {
        fixed.set(time.atZone(getZone()).toInstant());
        offset.set(Duration.ZERO);
    }

    public void advance(Duration by) {
        offset.updateAndGet(d -> d.plus(by));
    }

    /**
     * Moves on to the next {@code time} of day: tests of daily limits start there, so that the minutes they advance
     * never cross midnight (they failed when CI ran them shortly before 00:00 Asia/Shanghai).
     */
    public void advanceToNext(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.ofInstant(instant(), getZone());
        ZonedDateTime next = now.with(time);
        advance(Duration.between(now, next.isAfter(now) ? next : next.plusDays(1)));
    }

    /** Back to the real time. */
    public void reset() {
        fixed.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return JacksonConventions.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant start = fixed.get();
        return (start == null ? Instant.now() : start).plus(offset.get());
    }
}
