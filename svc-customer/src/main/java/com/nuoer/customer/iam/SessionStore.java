package com.nuoer.customer.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.SessionInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Sessions in Redis. {@code nuoer:session:<stoken>} holds the SessionInfo JSON with the session TTL (the gateway
 * reads it and slides the TTL on every request); {@code nuoer:user-sessions:<userId>} is the set of a user's
 * stokens, so all of them can be dropped when the account is disabled. The set has no TTL (sessions slide); dead
 * members are pruned at each login of the user.
 */
@Component
public class SessionStore {

    public static final String SESSION_PREFIX = SessionInfo.REDIS_KEY_PREFIX;
    public static final String USER_SESSIONS_PREFIX = "nuoer:user-sessions:";

    private final StringRedisTemplate redis;
    private final ObjectMapper objectMapper;
    private final SessionProperties properties;

    public SessionStore(StringRedisTemplate redis, ObjectMapper objectMapper, SessionProperties properties) {
        this.redis = redis;
        this.objectMapper = objectMapper;
        this.properties = properties;
    }

    public static String sessionKey(String stoken) {
        return SESSION_PREFIX + stoken;
    }

    public static String userSessionsKey(Long userId) {
        return USER_SESSIONS_PREFIX + userId;
    }

    /** Stores a new session with the full TTL and indexes it under its user. */
    public void save(SessionInfo session) {
        save(session, properties.ttl());
    }

    /** Stores a new session with the given TTL (shorter for isTemp sessions) and indexes it under its user. */
    public void save(SessionInfo session, java.time.Duration ttl) {
        redis.opsForValue().set(sessionKey(session.stoken()), toJson(session), ttl);
        String userKey = userSessionsKey(session.userId());
        redis.opsForSet().add(userKey, session.stoken());
        pruneDead(userKey, session.stoken());
    }

    /**
     * Rewrites an existing session (full TTL again); does nothing and returns false when the session is gone
     * (logged out or expired meanwhile), so a refresh never brings a dead session back.
     */
    public boolean replaceIfPresent(SessionInfo session) {
        Boolean replaced = redis.opsForValue().setIfPresent(sessionKey(session.stoken()), toJson(session),
                properties.ttl());
        return Boolean.TRUE.equals(replaced);
    }

    public Optional<SessionInfo> find(String stoken) {
        String json = redis.opsForValue().get(sessionKey(stoken));
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(objectMapper.readValue(json, SessionInfo.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable session in Redis", e);
        }
    }

    /** Ends one session (idempotent). */
    public void delete(String stoken, Long userId) {
        redis.delete(sessionKey(stoken));
        if (userId != null) {
            redis.opsForSet().remove(userSessionsKey(userId), stoken);
        }
    }

    /** Ends every session of a user (account disabled, password changed); returns how many keys were removed. */
    public long deleteAllOf(Long userId) {
        String userKey = userSessionsKey(userId);
        Set<String> stokens = redis.opsForSet().members(userKey);
        long removed = 0;
        if (stokens != null && !stokens.isEmpty()) {
            Long n = redis.delete(stokens.stream().map(SessionStore::sessionKey).toList());
            removed = n == null ? 0 : n;
        }
        redis.delete(userKey);
        return removed;
    }

    private void pruneDead(String userKey, String keep) {
        Set<String> stokens = redis.opsForSet().members(userKey);
        if (stokens == null || stokens.size() <= 1) {
            return;
        }
        List<String> dead = new ArrayList<>();
        for (String stoken : stokens) {
            if (!stoken.equals(keep) && !Boolean.TRUE.equals(redis.hasKey(sessionKey(stoken)))) {
                dead.add(stoken);
            }
        }
        if (!dead.isEmpty()) {
            redis.opsForSet().remove(userKey, dead.toArray());
        }
    }

    private String toJson(SessionInfo session) {
        try {
            return objectMapper.writeValueAsString(session);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("session not serialisable", e);
        }
    }
}
