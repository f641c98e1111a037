package com.nuoer.customer.iam.sys;

import com.nuoer.customer.iam.SessionStore;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hard end of isTemp sessions: the gateway slides every session's TTL on each request, so an impersonation session
 * is also registered here (sorted set by end time) and removed once {@code nuoer.sys.temp-session-ttl} has passed,
 * however active it is.
 */
@Component
public class TempSessions {

    static final String KEY = "nuoer:temp-sessions";

    private final StringRedisTemplate redis;
    private final SessionStore sessions;
    private final SysProperties properties;
    private final java.time.Clock clock;

    public TempSessions(StringRedisTemplate redis, SessionStore sessions, SysProperties properties,
                        java.time.Clock clock) {
        this.redis = redis;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    public java.time.Duration ttl() {
        return properties.tempSessionTtl();
    }

    public void register(String stoken, Long userId) {
        redis.opsForZSet().add(KEY, stoken + "|" + userId, clock.millis() + properties.tempSessionTtl().toMillis());
    }

    /** Ends the temp sessions whose time is up; returns how many. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    public int endExpired() {
        Set<String> due = redis.opsForZSet().rangeByScore(KEY, 0, clock.millis());
        if (due == null || due.isEmpty()) {
            return 0;
        }
        for (String member : due) {
            int bar = member.lastIndexOf('|');
            String stoken = member.substring(0, bar);
            Long userId = "null".equals(member.substring(bar + 1)) ? null : Long.valueOf(member.substring(bar + 1));
            sessions.delete(stoken, userId);
            redis.opsForZSet().remove(KEY, member);
        }
        return due.size();
    }
}
