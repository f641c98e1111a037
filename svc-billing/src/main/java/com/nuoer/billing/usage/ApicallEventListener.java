package com.nuoer.billing.usage;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.UsageAggregated;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * apicall-event: usage snapshots (UsageAggregated). ApiRecordCorrected needs no handling here: svc-apicall
 * republishes the corrected day's snapshot in the same transaction (see the event's javadoc).
 */
@Component
@RocketMQMessageListener(topic = Topics.APICALL_EVENT, selectorExpression = EventTypes.USAGE_AGGREGATED,
        consumerGroup = "svc-billing-apicall")
public class ApicallEventListener extends IdempotentEventListener {

    private final UsageIngestion usage;

    public ApicallEventListener(UsageIngestion usage) {
        this.usage = usage;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventTypes.USAGE_AGGREGATED.equals(event.eventType())) {
            usage.apply(payload(event, UsageAggregated.class));
        }
    }
}
