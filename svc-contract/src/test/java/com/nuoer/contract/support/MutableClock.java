package com.nuoer.contract.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock moved by an offset tests control (Kill Bill style): advance, assert, reset. */
public class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MutableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration by) {
        offset.updateAndGet(d -> d.plus(by));
    }

    /**
     * Moves on to the next {@code time} of day in the clock's zone: tests of daily limits start there, so that the
     * minutes they advance never cross midnight (they failed when CI ran them shortly before 00:00 Asia/Shanghai).
     */
    public void advanceToNext(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.ofInstant(instant(), getZone());
        ZonedDateTime next = now.with(time);
        advance(Duration.between(now, next.isAfter(now) ? next : next.plusDays(1)));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
