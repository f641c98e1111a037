package com.nuoer.customer.entitlement.events;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerAssigned;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** sales-event CustomerAssigned → organization.assistant_id … (→ CustomerChanged). */
@Component
@RocketMQMessageListener(topic = Topics.SALES_EVENT, selectorExpression = EventTypes.CUSTOMER_ASSIGNED,
        consumerGroup = "svc-customer-assignment")
public class CustomerAssignedListener extends IdempotentEventListener {

    private final EntitlementProjections projections;

    public CustomerAssignedListener(EntitlementProjections projections) {
        this.projections = projections;
    }

    @Override
    protected void handle(EventEnvelope event) {
        projections.customerAssigned(payload(event, CustomerAssigned.class));
    }
}
