package com.nuoer.common.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.trace.TraceContext;
import com.nuoer.common.tx.AfterCommit;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an event into {@code outbox_event} inside the caller's business transaction, so the event exists if and
 * only if the business change committed; {@link OutboxRelay} delivers it to RocketMQ afterwards (at least once).
 */
public class OutboxPublisher {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final OutboxRelay relay;

    public OutboxPublisher(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.relay = relay;
    }

    /** Records the event; returns its eventId. Must run inside a transaction. */
    public String publish(String topic, String eventType, Object aggregateId, Object payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("outbox events must be published inside the business transaction");
        }
        String eventId = UUID.randomUUID().toString();
        String json;
        try {
            json = objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + eventType, e);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("""
                insert into outbox_event (event_id, topic, event_type, aggregate_id, payload, trace_id, occurred_at,
                                          next_attempt_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""",
                eventId, topic, eventType, String.valueOf(aggregateId), json, TraceContext.currentOrEmpty(), now, now);
        if (relay != null) {
            AfterCommit.run(relay::wakeUp);
        }
        return eventId;
    }
}
