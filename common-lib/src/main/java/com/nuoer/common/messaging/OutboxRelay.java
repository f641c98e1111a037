package com.nuoer.common.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.trace.TraceContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.client.producer.selector.SelectMessageQueueByHash;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers committed outbox rows to RocketMQ: right after a commit (wake-up) and on a short poll for anything left
 * over (broker down, process killed between commit and send). Rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so several instances relay in parallel without sending a row twice at the same time; a send that fails is retried
 * with exponential backoff. Delivery is at least once — consumers dedupe on eventId ({@link Inbox}). Messages of one
 * aggregate go to the same queue (hash of aggregateId), which keeps their order.
 */
public class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final RocketMQTemplate rocketMQTemplate;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final Counter published;
    private final Counter failed;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, RocketMQTemplate rocketMQTemplate,
                       ObjectMapper objectMapper, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.rocketMQTemplate = rocketMQTemplate;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.published = Counter.builder("outbox.published").register(meters);
        this.failed = Counter.builder("outbox.send.failed").register(meters);
    }

    /** Asks for a relay pass soon (coalesced: at most one pending pass). */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                relayPending();
            });
        }
    }

    @Scheduled(fixedDelayString = "${nuoer.outbox.poll-millis:1000}", initialDelayString = "${nuoer.outbox.poll-millis:1000}")
    public void poll() {
        relayPending();
    }

    /** Relays due rows in batches until none is left; returns how many were sent. */
    public synchronized int relayPending() {
        int total = 0;
        try {
            BatchResult batch;
            do {
                batch = tx.execute(status -> relayBatch());
                total += batch.sent();
            } while (batch.claimed() == BATCH);
        } catch (RuntimeException e) {
            log.warn("outbox relay pass failed: {}", e.toString());
        }
        return total;
    }

    private BatchResult relayBatch() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<OutboxRow> rows = jdbc.query("""
                select id, event_id, topic, event_type, aggregate_id, payload::text as payload, trace_id, occurred_at,
                       attempts
                from outbox_event
                where published_at is null and next_attempt_at <= ?
                order by id
                limit ?
                for update skip locked""",
                (rs, i) -> new OutboxRow(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                        rs.getString("event_type"), rs.getString("aggregate_id"), rs.getString("payload"),
                        rs.getString("trace_id"), rs.getTimestamp("occurred_at").toLocalDateTime(),
                        rs.getInt("attempts")),
                Timestamp.valueOf(now), BATCH);
        int sent = 0;
        for (OutboxRow row : rows) {
            try {
                send(row);
                jdbc.update("update outbox_event set published_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                        Timestamp.valueOf(LocalDateTime.now(clock)), row.id());
                published.increment();
                sent++;
            } catch (Exception e) {
                failed.increment();
                long backoff = Math.min(300, 1L << Math.min(row.attempts(), 8));
                jdbc.update("update outbox_event set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?",
                        Timestamp.valueOf(LocalDateTime.now(clock).plus(Duration.ofSeconds(backoff))),
                        truncate(e.toString()), row.id());
                log.warn("outbox event {} ({} → {}) not sent, retry in {} s: {}", row.eventId(), row.eventType(),
                        row.topic(), backoff, e.toString());
            }
        }
        return new BatchResult(rows.size(), sent);
    }

    private void send(OutboxRow row) throws Exception {
        EventEnvelope envelope = new EventEnvelope(row.eventId(), row.eventType(), row.occurredAt(), row.aggregateId(),
                row.traceId(), objectMapper.readTree(row.payload()));
        Message message = new Message(row.topic(), row.eventType(), row.eventId(),
                objectMapper.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8));
        if (row.traceId() != null && !row.traceId().isEmpty()) {
            message.putUserProperty(TraceContext.MESSAGE_PROPERTY, row.traceId());
        }
        SendResult result = rocketMQTemplate.getProducer().send(message, new SelectMessageQueueByHash(), row.aggregateId());
        if (result.getSendStatus() != SendStatus.SEND_OK) {
            throw new IllegalStateException("broker answered " + result.getSendStatus());
        }
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    @Scheduled(cron = "${nuoer.outbox.cleanup-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    public void deleteOldPublished() {
        int n = jdbc.update("delete from outbox_event where published_at < ?",
                Timestamp.valueOf(LocalDateTime.now(clock).minusDays(7)));
        if (n > 0) {
            log.info("outbox: deleted {} events published more than 7 days ago", n);
        }
    }

    @Override
    public void destroy() {
        wakeUps.shutdownNow();
    }

    private record BatchResult(int claimed, int sent) {
    }

    private record OutboxRow(long id, String eventId, String topic, String eventType, String aggregateId,
                             String payload, String traceId, LocalDateTime occurredAt, int attempts) {
    }
}
