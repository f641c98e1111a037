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

    private final ProjectionStore store;

    public CustomerEventListener(ProjectionStore store) {
        this.store = store;
    }

    @Override
    protected void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.DEPT_ITEM_CHANGED -> store.deptItemChanged(payload(event, DeptItemChanged.class));
            case EventTypes.CUSTOMER_REGISTERED -> store.customerRegistered(payload(event, CustomerRegistered.class));
            case EventTypes.CUSTOMER_CHANGED -> store.customerChanged(payload(event, CustomerChanged.class));
            case EventTypes.DEPT_CHANGED -> store.deptChanged(payload(event, DeptChanged.class));
            case EventTypes.CUSTOMER_AUTHENTICATED ->
                    store.customerAuthenticated(payload(event, CustomerAuthenticated.class));
            default -> { }
        }
    }
}
