package com.nuoer.common.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consumed-event table: a consumer records an eventId in the same transaction as the effects of the event, so a
 * redelivered message (RocketMQ delivers at least once) finds its id and changes nothing.
 */
public class Inbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Inbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time (consumer, eventId) is seen; false for a duplicate delivery. Call inside the transaction. */
    public boolean firstDelivery(String consumer, String eventId) {
        return jdbc.update("""
                insert into consumed_event (consumer, event_id, consumed_at) values (?, ?, ?)
                on conflict (consumer, event_id) do nothing""",
                consumer, eventId, Timestamp.valueOf(LocalDateTime.now(clock))) == 1;
    }
}
