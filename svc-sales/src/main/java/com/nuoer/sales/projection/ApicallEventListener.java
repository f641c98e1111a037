package com.nuoer.sales.projection;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.messaging.events.UsageAggregated;
import com.nuoer.sales.stat.StatService;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** apicall-event: catalogue names/prices and the usage snapshots that feed performance. */
@Component
@RocketMQMessageListener(topic = Topics.APICALL_EVENT, consumerGroup = "svc-sales-apicall",
        selectorExpression = EventTypes.CHECK_ITEM_CHANGED + " || " + EventTypes.USAGE_AGGREGATED)
public class ApicallEventListener extends IdempotentEventListener {

    private final ProjectionService projections;
    private final StatService stats;

    public ApicallEventListener(ProjectionService projections, StatService stats) {
        this.projections = projections;
        this.stats = stats;
    }

    @Override
    protected void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.CHECK_ITEM_CHANGED -> projections.checkItemChanged(payload(event, CheckItemChanged.class));
            case EventTypes.USAGE_AGGREGATED -> stats.onUsage(payload(event, UsageAggregated.class));
            default -> { }
        }
    }
}
