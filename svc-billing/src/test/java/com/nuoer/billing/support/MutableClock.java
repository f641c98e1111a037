package com.nuoer.billing.support;

import com.nuoer.common.config.JacksonConventions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests move (Kill Bill style); Asia/Shanghai; null instant = the real time. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    public void set(LocalDateTime time) {
        now.set(time.atZone(JacksonConventions.ZONE).toInstant());
    }

    public void reset() {
        now.set(null);
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
        Instant i = now.get();
        return i == null ? Instant.now() : i;
    }
}
