package com.nuoer.apicall.forewarn;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.forewarn.ForewarnNotifier.Rule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The error-alert engine (F12a). The call pipeline reports every finished call with {@link #onCallFinished}; a
 * failure of a product that has a rule for the developer account is added to a Redis sliding window per
 * (deptId, checkItem, periodSeconds) (a sorted set scored by call time, trimmed to the period and to errorCount
 * entries, so memory stays bounded). When the window holds ≥ errorCount failures and the rule is not muted, the rule
 * is muted until {@code at + period} (no alert storm: once per period) and {@link ForewarnNotifier} records and sends
 * the alert. Window, threshold check and mute are one Lua script: concurrent failures on several instances fire once.
 * Never throws: an alerting problem must not fail a call.
 */
public class ForewarnEvaluator {

    private static final Logger log = LoggerFactory.getLogger(ForewarnEvaluator.class);
    static final String WINDOW_PREFIX = "nuoer:apicall:forewarn:fail:";
    static final String MUTE_PREFIX = "nuoer:apicall:forewarn:mute:";
    private static final Duration RULE_CACHE_TTL = Duration.ofSeconds(10);

    /**
     * KEYS: window, mute. ARGV: at (ms), period (ms), errorCount, member. Returns {fired 0|1, failures in window}.
     * The mute key holds the time (ms) until which the rule is muted, compared with the call time (not Redis' clock)
     * so that calls are judged by when they happened.
     */
    private static final DefaultRedisScript<List> SCRIPT = new DefaultRedisScript<>("""
            local at = tonumber(ARGV[1])
            local period = tonumber(ARGV[2])
            local limit = tonumber(ARGV[3])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', at - period)
            redis.call('ZADD', KEYS[1], at, ARGV[4])
            local n = redis.call('ZCARD', KEYS[1])
            if n > limit then
              redis.call('ZREMRANGEBYRANK', KEYS[1], 0, n - limit - 1)
              n = limit
            end
            redis.call('PEXPIRE', KEYS[1], period + 60000)
            if n < limit then
              return {0, n}
            end
            local muted = tonumber(redis.call('GET', KEYS[2]) or '0')
            if muted > at then
              return {0, n}
            end
            redis.call('SET', KEYS[2], tostring(at + period), 'PX', period + 60000)
            return {1, n}
            """, List.class);

    private final JdbcTemplate jdbc;
    private final StringRedisTemplate redis;
    private final ForewarnNotifier notifier;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, Cached> rules = new ConcurrentHashMap<>();

    private record Cached(Optional<Rule> rule, long loadedAt) {
    }

    public ForewarnEvaluator(JdbcTemplate jdbc, StringRedisTemplate redis, ForewarnNotifier notifier, ObjectMapper json,
                             Clock clock) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.notifier = notifier;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One finished call of {@code checkItem} by developer account {@code deptId} at {@code at}. Successes are ignored;
     * a failure counts in the rule's window and may fire the alert (then the notice is sent before this returns —
     * callers on a latency-sensitive path may hand this to an executor).
     */
    public void onCallFinished(long deptId, String checkItem, boolean success, Instant at) {
        if (success || checkItem == null) {
            return;
        }
        try {
            Optional<Rule> found = rule(deptId, checkItem);
            if (found.isEmpty()) {
                return;
            }
            Rule rule = found.get();
            long periodMs = rule.periodSeconds() * 1000L;
            String suffix = deptId + ":" + checkItem + ":" + rule.periodSeconds();
            String member = at.toEpochMilli() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
            @SuppressWarnings("unchecked")
            List<Long> result = redis.execute(SCRIPT, List.of(WINDOW_PREFIX + suffix, MUTE_PREFIX + suffix),
                    String.valueOf(at.toEpochMilli()), String.valueOf(periodMs), String.valueOf(rule.errorCount()),
                    member);
            if (result != null && result.size() == 2 && result.get(0) == 1L) {
                LocalDateTime firedAt = LocalDateTime.ofInstant(at, clock.getZone());
                notifier.fire(rule, result.get(1).intValue(), firedAt.minusSeconds(rule.periodSeconds()), firedAt);
            }
        } catch (RuntimeException e) {
            log.warn("error alert evaluation of dept {} product {} failed: {}", deptId, checkItem, e.toString());
        }
    }

    /** Drops the cached rule of (deptId, checkItem) after it changed on this instance. */
    public void forget(long deptId, String checkItem) {
        rules.remove(deptId + ":" + checkItem);
    }

    private Optional<Rule> rule(long deptId, String checkItem) {
        String key = deptId + ":" + checkItem;
        long now = System.nanoTime();
        Cached cached = rules.get(key);
        if (cached != null && now - cached.loadedAt() < RULE_CACHE_TTL.toNanos()) {
            return cached.rule();
        }
        Optional<Rule> loaded = jdbc.query("""
                select f.id, f.dept_id, f.organization_id, f.dept_name, f.check_item, c.item_name, f.period_seconds,
                       f.error_count, f.contact_ids, f.create_by
                from forewarn_item f left join check_item c on c.check_item = f.check_item
                where f.dept_id = ? and f.check_item = ?""",
                (rs, i) -> new Rule(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), ids(rs.getString(9)), (Long) rs.getObject(10)),
                deptId, checkItem).stream().findFirst();
        rules.put(key, new Cached(loaded, now));
        return loaded;
    }

    private List<Long> ids(String s) {
        try {
            return s == null ? List.of() : json.readValue(s, new TypeReference<List<Long>>() { });
        } catch (Exception e) {
            return List.of();
        }
    }
}
