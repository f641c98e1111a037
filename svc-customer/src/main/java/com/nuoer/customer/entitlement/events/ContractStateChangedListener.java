package com.nuoer.customer.entitlement.events;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ContractStateChanged;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** contract-event ContractStateChanged → deptItem.contractState (→ DeptItemChanged). */
@Component
@RocketMQMessageListener(topic = Topics.CONTRACT_EVENT, selectorExpression = EventTypes.CONTRACT_STATE_CHANGED,
        consumerGroup = "svc-customer-contract-state")
public class ContractStateChangedListener extends IdempotentEventListener {

    private final EntitlementProjections projections;

    public ContractStateChangedListener(EntitlementProjections projections) {
        this.projections = projections;
    }

    @Override
    protected void handle(EventEnvelope event) {
        projections.contractStateChanged(payload(event, ContractStateChanged.class));
    }
}
