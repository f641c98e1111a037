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
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The events that feed the call path's projections (one listener per topic). {@code
 * nuoer.apicall.projection.events.enabled=false} switches them off (a developer stack on a broker shared with other
 * stacks, where foreign test events would overwrite the demo projections); the Feign read-through still works.
 */
public final class ProjectionEventListeners {

    private ProjectionEventListeners() {
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
            switch (event.eventType()) {
                case EventTypes.DEPT_CHANGED -> store.applyDept(payload(event, DeptChanged.class));
                case EventTypes.DEPT_ITEM_CHANGED -> store.applyDeptItem(payload(event, DeptItemChanged.class));
                case EventTypes.CUSTOMER_CHANGED -> store.applyCustomer(payload(event, CustomerChanged.class));
                default -> {
                }
            }
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
}
