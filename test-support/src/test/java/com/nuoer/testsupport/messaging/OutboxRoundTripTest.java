package com.nuoer.testsupport.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.trace.TraceContext;
import com.nuoer.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQPushConsumerLifecycleListener;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole messaging convention of common-lib on the real engines: {@link OutboxPublisher} writes the event in the
 * business transaction, the relay sends it to RocketMQ after commit, an {@link IdempotentEventListener} applies it
 * once - also when the broker delivers it again - with the producer's trace id restored.
 *
 * <p>The application under test is the nested {@link OutboxTestApp} (nested, so the component scan of
 * test-support's own {@code TestSupportTestApp} skips it and its listener), profile {@code outboxtest}
 * (application-outboxtest.yml: nuoer-common.yml, database {@code nuoer_outbox_test}).
 */
@IntegrationTest
@ActiveProfiles({"test", "outboxtest"})
class OutboxRoundTripTest {

    static final String EVENT_TYPE = "TestHappened";
    static final String CONSUMER_GROUP = "outbox-roundtrip-test";
    static final Duration WAIT = Duration.ofSeconds(30);

    @SpringBootApplication
    static class OutboxTestApp {

        @Bean
        RoundTripListener roundTripListener(JdbcTemplate jdbc) {
            return new RoundTripListener(jdbc);
        }
    }

    /**
     * Records every applied event in {@code roundtrip_handled} (inside the inbox transaction) and counts completed
     * deliveries per eventId (applied or deduplicated).
     */
    @RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT, consumerGroup = CONSUMER_GROUP,
            selectorExpression = EVENT_TYPE)
    static class RoundTripListener extends IdempotentEventListener implements RocketMQPushConsumerLifecycleListener {

        final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
        private final JdbcTemplate jdbc;

        RoundTripListener(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void prepareStart(DefaultMQPushConsumer consumer) {
            super.prepareStart(consumer);
            // a brand-new group starts at the queue's beginning, so an event sent before the first rebalance is seen
            consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        }

        @Override
        public void onMessage(MessageExt message) {
            super.onMessage(message); // decodes, dedupes on the inbox, runs handle() in one transaction
            bodies.putIfAbsent(message.getKeys(), message.getBody());
            deliveries.computeIfAbsent(message.getKeys(), k -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        protected void handle(EventEnvelope event) {
            Map<?, ?> payload = payload(event, Map.class);
            jdbc.update("""
                    insert into roundtrip_handled (event_id, event_type, aggregate_id, envelope_trace_id, mdc_trace_id, k)
                    values (?, ?, ?, ?, ?, ?)""",
                    event.eventId(), event.eventType(), event.aggregateId(), event.traceId(),
                    TraceContext.currentOrEmpty(), payload.get("k"));
        }

        int deliveries(String eventId) {
            AtomicInteger n = deliveries.get(eventId);
            return n == null ? 0 : n.get();
        }
    }

    @Autowired
    OutboxPublisher outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RocketMQTemplate rocketMQTemplate;

    @Autowired
    RoundTripListener listener;

    @BeforeAll
    static void tableOfEffects(@Autowired JdbcTemplate jdbc) {
        jdbc.execute("""
                create table if not exists roundtrip_handled (
                    id                bigint generated by default as identity primary key,
                    event_id          varchar(64) not null,
                    event_type        varchar(64) not null,
                    aggregate_id      varchar(128) not null,
                    envelope_trace_id varchar(64),
                    mdc_trace_id      varchar(64),
                    k                 varchar(64))""");
    }

    @AfterEach
    void clearTrace() {
        TraceContext.clear();
    }

    @Test
    void committedEventIsRelayedAndAppliedOnceEvenWhenDeliveredTwice() throws Exception {
        String traceId = "roundtrip" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TraceContext.set(traceId);
        String eventId = tx.execute(status -> outbox.publish(Topics.CUSTOMER_EVENT, EVENT_TYPE, 42, Map.of("k", "v")));
        TraceContext.clear();

        // the listener applied it exactly once, with the envelope's id, the producer's trace id and the payload
        await().atMost(WAIT).until(() -> handledCount(eventId) == 1);
        Map<String, Object> row = jdbc.queryForMap("select * from roundtrip_handled where event_id = ?", eventId);
        assertThat(row).containsEntry("event_type", EVENT_TYPE)
                .containsEntry("aggregate_id", "42")
                .containsEntry("envelope_trace_id", traceId)
                .containsEntry("mdc_trace_id", traceId)
                .containsEntry("k", "v");
        assertThat(inboxCount(eventId)).isEqualTo(1);

        // the relay marked the outbox row as published
        await().atMost(WAIT).until(() -> publishedAt(eventId) != null);
        Map<String, Object> outboxRow = jdbc.queryForMap(
                "select topic, event_type, aggregate_id, trace_id, payload::text as payload from outbox_event where event_id = ?",
                eventId);
        assertThat(outboxRow).containsEntry("topic", Topics.CUSTOMER_EVENT).containsEntry("event_type", EVENT_TYPE)
                .containsEntry("aggregate_id", "42").containsEntry("trace_id", traceId);
        assertThat((String) outboxRow.get("payload")).isEqualToIgnoringWhitespace("{\"k\":\"v\"}");

        // the broker delivers the identical envelope again (at-least-once): the inbox keeps the effect at one
        await().atMost(WAIT).until(() -> listener.deliveries(eventId) >= 1);
        byte[] envelopeJson = listener.bodies.get(eventId);
        Message again = new Message(Topics.CUSTOMER_EVENT, EVENT_TYPE, eventId, envelopeJson);
        SendResult sent = rocketMQTemplate.getProducer().send(again);
        assertThat(sent.getSendStatus()).isEqualTo(SendStatus.SEND_OK);

        await().atMost(WAIT).until(() -> listener.deliveries(eventId) == 2);
        assertThat(handledCount(eventId)).isEqualTo(1);
        assertThat(inboxCount(eventId)).isEqualTo(1);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(Topics.CUSTOMER_EVENT, EVENT_TYPE, 7, Map.of("k", "no-tx")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where payload ->> 'k' = 'no-tx'",
                Integer.class)).isZero();
    }

    @Test
    void rolledBackTransactionLeavesNoOutboxRowAndDeliversNothing() {
        String rolledBack = tx.execute(status -> {
            String id = outbox.publish(Topics.CUSTOMER_EVENT, EVENT_TYPE, 43, Map.of("k", "rolled-back"));
            status.setRollbackOnly();
            return id;
        });
        assertThat(rolledBack).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_id = ?", Integer.class,
                rolledBack)).isZero();

        // a later committed event on the same aggregate's queue arrives; the rolled-back one never does
        String marker = tx.execute(status -> outbox.publish(Topics.CUSTOMER_EVENT, EVENT_TYPE, 43, Map.of("k", "marker")));
        await().atMost(WAIT).until(() -> handledCount(marker) == 1);
        assertThat(handledCount(rolledBack)).isZero();
        assertThat(listener.deliveries(rolledBack)).isZero();
        assertThat(inboxCount(rolledBack)).isZero();
    }

    private int handledCount(String eventId) {
        return jdbc.queryForObject("select count(*) from roundtrip_handled where event_id = ?", Integer.class, eventId);
    }

    private int inboxCount(String eventId) {
        return jdbc.queryForObject("select count(*) from consumed_event where consumer = ? and event_id = ?",
                Integer.class, CONSUMER_GROUP, eventId);
    }

    private Timestamp publishedAt(String eventId) {
        List<Timestamp> at = jdbc.queryForList("select published_at from outbox_event where event_id = ?",
                Timestamp.class, eventId);
        return at.isEmpty() ? null : at.get(0);
    }
}
