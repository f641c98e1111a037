package com.nuoer.sales.projection;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ContractStateChanged;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** contract-event: the cooperation agreement's state shown on maintain lists. */
@Component
@RocketMQMessageListener(topic = Topics.CONTRACT_EVENT, consumerGroup = "svc-sales-contract",
        selectorExpression = EventTypes.CONTRACT_STATE_CHANGED)
public class ContractEventListener extends IdempotentEventListener {

    private final ProjectionService projections;

    public ContractEventListener(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventTypes.CONTRACT_STATE_CHANGED.equals(event.eventType())) {
            projections.contractStateChanged(payload(event, ContractStateChanged.class));
        }
    }
}
