package com.nuoer.portal.catalog;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.portal.doc.ApiDocService;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** apicall-event: catalogue snapshots keep the documentation in step (a product taken offline disappears). */
@Component
@RocketMQMessageListener(topic = Topics.APICALL_EVENT, selectorExpression = EventTypes.CHECK_ITEM_CHANGED,
        consumerGroup = "svc-portal-apicall")
public class ApicallEventListener extends IdempotentEventListener {

    private final ApiDocService docs;

    public ApicallEventListener(ApiDocService docs) {
        this.docs = docs;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventTypes.CHECK_ITEM_CHANGED.equals(event.eventType())) {
            docs.applyCatalogue(payload(event, CheckItemChanged.class));
        }
    }
}
