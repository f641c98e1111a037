package com.nuoer.apicall.projection;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import com.nuoer.common.messaging.events.WalletChanged;
import com.nuoer.common.messaging.events.WalletExhausted;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.MessageModel;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.apache.rocketmq.spring.core.RocketMQPushConsumerLifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The events that feed the call path's projections (one listener per topic). {@code
 * nuoer.apicall.projection.events.enabled=false} switches them off (a developer stack on a broker shared with other
 * stacks, where foreign test events would overwrite the demo projections); the Feign read-through still works.
 *
 * <p>Several instances (issue 13): the clustering listeners give each event to ONE instance of the group, which
 * writes the shared tables — but every instance also holds in-memory state (the read caches of {@link ProjectionStore},
 * the wallet guard's spent-since-snapshot), which would stay stale on the others until its TTL ends (and the guard
 * would never be re-based there). The {@code *Caches} listeners are BROADCASTING: every instance gets every event,
 * applies the snapshot to the shared table as well (version-guarded, a no-op when the clustering listener was
 * first — so the eviction can never reload an older row) and drops or re-bases its own copy.
 */
public final class ProjectionEventListeners {

    private ProjectionEventListeners() {
    }

    /** Decodes an event's payload (each listener base has its own ObjectMapper access). */
    @FunctionalInterface
    interface Payloads {
        <T> T of(EventEnvelope event, Class<T> type);
    }

    /**
     * The customer-event projection, the same for the clustering consumer (shared table, once per group) and the
     * broadcast one (every instance, so that its own caches are evicted too).
     */
    static void applyCustomerEvent(ProjectionStore store, EventEnvelope event, Payloads payloads) {
        switch (event.eventType()) {
            case EventTypes.DEPT_CHANGED -> store.applyDept(payloads.of(event, DeptChanged.class));
            case EventTypes.DEPT_ITEM_CHANGED -> store.applyDeptItem(payloads.of(event, DeptItemChanged.class));
            case EventTypes.CUSTOMER_CHANGED -> store.applyCustomer(payloads.of(event, CustomerChanged.class));
            default -> {
            }
        }
    }

    /** customer-event: DeptChanged, DeptItemChanged, CustomerChanged (+ CustomerRegistered is not needed). */
    @Component
    @ConditionalOnProperty(name = "nuoer.apicall.projection.events.enabled", havingValue = "true", matchIfMissing = true)
    @RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT,
            selectorExpression = EventTypes.DEPT_CHANGED + " || " + EventTypes.DEPT_ITEM_CHANGED + " || "
                    + EventTypes.CUSTOMER_CHANGED,
            consumerGroup = "svc-apicall-call-projection-customer")
    public static class CustomerEvents extends IdempotentEventListener {

        private final ProjectionStore store;

        public CustomerEvents(ProjectionStore store) {
            this.store = store;
        }

        @Override
        protected void handle(EventEnvelope event) {
            applyCustomerEvent(store, event, this::payload);
        }
    }

    /** wallet-event: WalletChanged, WalletExhausted → the guard. */
    @Component
    @ConditionalOnProperty(name = "nuoer.apicall.projection.events.enabled", havingValue = "true", matchIfMissing = true)
    @RocketMQMessageListener(topic = Topics.WALLET_EVENT,
            selectorExpression = EventTypes.WALLET_CHANGED + " || " + EventTypes.WALLET_EXHAUSTED,
            consumerGroup = "svc-apicall-call-projection-wallet")
    public static class WalletEvents extends IdempotentEventListener {

        private final WalletGuard guard;

        public WalletEvents(WalletGuard guard) {
            this.guard = guard;
        }

        @Override
        protected void handle(EventEnvelope event) {
            switch (event.eventType()) {
                case EventTypes.WALLET_CHANGED -> guard.onWalletChanged(payload(event, WalletChanged.class));
                case EventTypes.WALLET_EXHAUSTED -> guard.onWalletExhausted(payload(event, WalletExhausted.class));
                default -> {
                }
            }
        }
    }

    /** Every instance: customer-event → shared table (if newer) + own caches evicted. */
    @Component
    @ConditionalOnProperty(name = "nuoer.apicall.projection.events.enabled", havingValue = "true", matchIfMissing = true)
    @RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT,
            selectorExpression = EventTypes.DEPT_CHANGED + " || " + EventTypes.DEPT_ITEM_CHANGED + " || "
                    + EventTypes.CUSTOMER_CHANGED,
            consumerGroup = "svc-apicall-call-cache-customer", messageModel = MessageModel.BROADCASTING)
    public static class CustomerCaches extends InstanceStateListener {

        private final ProjectionStore store;

        public CustomerCaches(ObjectMapper json, ProjectionStore store) {
            super(json);
            this.store = store;
        }

        @Override
        protected void handle(EventEnvelope event) {
            applyCustomerEvent(store, event, this::payload);
        }
    }

    /** Every instance: wallet-event → shared guard row (if newer) + own guard cache evicted and re-based. */
    @Component
    @ConditionalOnProperty(name = "nuoer.apicall.projection.events.enabled", havingValue = "true", matchIfMissing = true)
    @RocketMQMessageListener(topic = Topics.WALLET_EVENT,
            selectorExpression = EventTypes.WALLET_CHANGED + " || " + EventTypes.WALLET_EXHAUSTED,
            consumerGroup = "svc-apicall-call-cache-wallet", messageModel = MessageModel.BROADCASTING)
    public static class WalletCaches extends InstanceStateListener {

        private final WalletGuard guard;

        public WalletCaches(ObjectMapper json, WalletGuard guard) {
            super(json);
            this.guard = guard;
        }

        @Override
        protected void handle(EventEnvelope event) {
            switch (event.eventType()) {
                case EventTypes.WALLET_CHANGED -> guard.refreshLocal(payload(event, WalletChanged.class));
                case EventTypes.WALLET_EXHAUSTED -> guard.onWalletExhausted(payload(event, WalletExhausted.class));
                default -> {
                }
            }
        }
    }

    /**
     * A broadcast consumer of this instance's own state: no inbox (its effects are idempotent: version-guarded
     * upserts, evictions, re-basing from the shared charge lines), a failure is logged (broadcast messages are not
     * redelivered; the clustering listener and the TTL still bound the staleness).
     */
    abstract static class InstanceStateListener implements RocketMQListener<MessageExt>,
            RocketMQPushConsumerLifecycleListener {

        private static final Logger log = LoggerFactory.getLogger(InstanceStateListener.class);
        private final ObjectMapper json;
        private String instanceName;

        InstanceStateListener(ObjectMapper json) {
            this.json = json;
        }

        @Autowired
        void setContext(ApplicationContext context) {
            this.instanceName = IdempotentEventListener.instanceName(context);
        }

        @Override
        public void prepareStart(DefaultMQPushConsumer consumer) {
            IdempotentEventListener.configure(consumer, instanceName);
        }

        @Override
        public void onMessage(MessageExt message) {
            try {
                handle(json.readValue(message.getBody(), EventEnvelope.class));
            } catch (IOException | RuntimeException e) {
                log.warn("instance state not refreshed from {} on {}: {}", message.getMsgId(), message.getTopic(),
                        e.toString());
            }
        }

        protected abstract void handle(EventEnvelope event);

        protected <T> T payload(EventEnvelope event, Class<T> type) {
            return json.convertValue(event.payload(), type);
        }
    }
}
