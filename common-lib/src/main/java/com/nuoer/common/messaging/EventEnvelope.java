package com.nuoer.common.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;

/**
 * The message body of every event: {@code {eventId, eventType, occurredAt, aggregateId, traceId, payload}}.
 * {@code eventId} is the idempotency key consumers record in their inbox; {@code aggregateId} is the ordering key.
 */
public record EventEnvelope(
        String eventId,
        String eventType,
        LocalDateTime occurredAt,
        String aggregateId,
        String traceId,
        JsonNode payload) {
}
