package com.nuoer.contract.projection;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerAuthenticated;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * customer-event: the customers (names, mobiles, salesman scope, authentication), developer accounts and authorised
 * products the contract screens show; a product accredited here becomes "unsigned" until a contract covers it (F4-4).
 */
@Component
@RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT,
        selectorExpression = EventTypes.DEPT_ITEM_CHANGED + " || " + EventTypes.CUSTOMER_REGISTERED + " || "
                + EventTypes.CUSTOMER_CHANGED + " || " + EventTypes.DEPT_CHANGED + " || "
                + EventTypes.CUSTOMER_AUTHENTICATED,
        consumerGroup = "svc-contract-customer")
public class CustomerEventListener extends IdempotentEventListener {

    private static final Logger log = LoggerFactory.getLogger(CustomerEventListener.class);

    private final ProjectionStore store;

    public CustomerEventListener(ProjectionStore store) {
        this.store = store;
    }

    @Override
    protected void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.DEPT_ITEM_CHANGED -> {
                DeptItemChanged e = payload(event, DeptItemChanged.class);
                if (complete(event, e.deptItemId(), e.deptId())) {
                    store.deptItemChanged(e);
                }
            }
            case EventTypes.CUSTOMER_REGISTERED -> {
                CustomerRegistered e = payload(event, CustomerRegistered.class);
                if (complete(event, e.organizationId())) {
                    store.customerRegistered(e);
                }
            }
            case EventTypes.CUSTOMER_CHANGED -> {
                CustomerChanged e = payload(event, CustomerChanged.class);
                if (complete(event, e.organizationId())) {
                    store.customerChanged(e);
                }
            }
            case EventTypes.DEPT_CHANGED -> {
                DeptChanged e = payload(event, DeptChanged.class);
                if (complete(event, e.deptId())) {
                    store.deptChanged(e);
                }
            }
            case EventTypes.CUSTOMER_AUTHENTICATED -> {
                CustomerAuthenticated e = payload(event, CustomerAuthenticated.class);
                if (complete(event, e.organizationId())) {
                    store.customerAuthenticated(e);
                }
            }
            default -> { }
        }
    }

    /** An event without its keys cannot be applied; it is dropped (logged) instead of being redelivered forever. */
    private static boolean complete(EventEnvelope event, Object... keys) {
        for (Object key : keys) {
            if (key == null) {
                log.warn("dropping {} {}: key missing", event.eventType(), event.eventId());
                return false;
            }
        }
        return true;
    }
}
