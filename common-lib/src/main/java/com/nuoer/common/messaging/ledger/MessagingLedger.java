package com.nuoer.common.messaging.ledger;

import com.nuoer.common.messaging.IdempotentEventListener;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The messaging facts of one service for the platform reconciliation (svc-billing): what its outbox relayed and still
 * holds (per event type), which consumer groups it runs (from its {@code @RocketMQMessageListener}s), and which of a
 * given set of event ids a consumer group recorded in its inbox. Read-only.
 * <p>
 * The outbox keeps published rows 7 days ({@code OutboxRelay.deleteOldPublished}); the inbox is never pruned. So the
 * producer side is always asked "since" a cutoff inside that retention, and the consumer side is asked about the exact
 * ids the producer listed — both answers stay small and exact however long the system runs.
 */
public class MessagingLedger {

    /** Most ids one {@link #missing} question may carry. */
    public static final int MAX_IDS = 50_000;

    public record Relayed(String eventId, LocalDateTime occurredAt, LocalDateTime publishedAt) {
    }

    public record Pending(String eventId, LocalDateTime occurredAt, int attempts, String lastError) {
    }

    public record Published(String topic, String eventType, List<Relayed> relayed, List<Pending> pending) {
    }

    /** A consumer group of this service; {@code inbox} = it records each event id (an {@link IdempotentEventListener}). */
    public record Subscription(String consumerGroup, String topic, List<String> eventTypes, boolean inbox) {
        /** True when this subscription receives events of the type ("*" = every tag). */
        public boolean receives(String topicName, String eventType) {
            return topic.equals(topicName) && (eventTypes.contains("*") || eventTypes.contains(eventType));
        }
    }

    public record Ledger(String service, LocalDateTime since, LocalDateTime at, List<Published> published,
                         List<Subscription> subscriptions) {
    }

    public record MissingQuery(String consumerGroup, List<String> eventIds) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationContext context;
    private final Environment environment;

    public MessagingLedger(JdbcTemplate jdbc, Clock clock, ApplicationContext context, Environment environment) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.context = context;
        this.environment = environment;
    }

    /** Outbox rows that occurred at or after {@code since} (relayed ones) and every pending row, per event type. */
    public Ledger ledger(LocalDateTime since) {
        Map<String, List<Relayed>> relayed = new LinkedHashMap<>();
        Map<String, List<Pending>> pending = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        jdbc.query("""
                select topic, event_type, event_id, occurred_at, published_at from outbox_event
                where published_at is not null and occurred_at >= ? order by id""", rs -> {
            String key = rs.getString(2);
            topics.putIfAbsent(key, rs.getString(1));
            relayed.computeIfAbsent(key, k -> new ArrayList<>()).add(new Relayed(rs.getString(3),
                    rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5).toLocalDateTime()));
        }, Timestamp.valueOf(since));
        jdbc.query("""
                select topic, event_type, event_id, occurred_at, attempts, last_error from outbox_event
                where published_at is null order by id""", rs -> {
            String key = rs.getString(2);
            topics.putIfAbsent(key, rs.getString(1));
            pending.computeIfAbsent(key, k -> new ArrayList<>()).add(new Pending(rs.getString(3),
                    rs.getTimestamp(4).toLocalDateTime(), rs.getInt(5), rs.getString(6)));
        });
        List<Published> published = new ArrayList<>();
        topics.forEach((type, topic) -> published.add(new Published(topic, type,
                relayed.getOrDefault(type, List.of()), pending.getOrDefault(type, List.of()))));
        return new Ledger(environment.getProperty("spring.application.name", "unknown"), since,
                LocalDateTime.now(clock), published, subscriptions());
    }

    /** The consumer groups of this service, from its listener beans. */
    public List<Subscription> subscriptions() {
        List<Subscription> result = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(RocketMQMessageListener.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            RocketMQMessageListener a = AnnotatedElementUtils.findMergedAnnotation(type, RocketMQMessageListener.class);
            if (a == null) {
                continue;
            }
            result.add(new Subscription(a.consumerGroup(), environment.resolvePlaceholders(a.topic()),
                    tags(environment.resolvePlaceholders(a.selectorExpression())),
                    bean instanceof IdempotentEventListener));
        }
        result.sort((x, y) -> x.consumerGroup().compareTo(y.consumerGroup()));
        return result;
    }

    /** The ids of {@code eventIds} that {@code consumerGroup} has NOT recorded in this service's inbox. */
    public List<String> missing(String consumerGroup, Collection<String> eventIds) {
        if (eventIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " event ids per question");
        }
        Set<String> wanted = new HashSet<>(eventIds);
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>(wanted);
        for (int i = 0; i < ids.size(); i += 1000) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            seen.addAll(jdbc.queryForList("select event_id from consumed_event where consumer = ? and event_id = any(?)",
                    String.class, consumerGroup, chunk.toArray(new String[0])));
        }
        return eventIds.stream().distinct().filter(id -> !seen.contains(id)).sorted().toList();
    }

    static List<String> tags(String selector) {
        if (selector == null || selector.isBlank()) {
            return List.of("*");
        }
        return Arrays.stream(selector.split("\\|\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
