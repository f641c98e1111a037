package com.nuoer.billing.customer;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.DeptChanged;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** customer-event: the customer / developer-account projection (names, receivers, salesman scope). */
@Component
@RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT,
        selectorExpression = EventTypes.CUSTOMER_REGISTERED + " || " + EventTypes.CUSTOMER_CHANGED + " || "
                + EventTypes.DEPT_CHANGED,
        consumerGroup = "svc-billing-customer")
public class CustomerEventListener extends IdempotentEventListener {

    private final CustomerDirectory customers;

    public CustomerEventListener(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    protected void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.CUSTOMER_REGISTERED -> customers.registered(payload(event, CustomerRegistered.class));
            case EventTypes.CUSTOMER_CHANGED -> customers.changed(payload(event, CustomerChanged.class));
            case EventTypes.DEPT_CHANGED -> customers.deptChanged(payload(event, DeptChanged.class));
            default -> { }
        }
    }
}
