package com.nuoer.customer.entitlement.catalog;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CheckItemChanged;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Keeps the catalogue copy: {@code CheckItemChanged} on apicall-event (eventId dedupe + highest version wins). */
@Component
@RocketMQMessageListener(topic = Topics.APICALL_EVENT, selectorExpression = EventTypes.CHECK_ITEM_CHANGED,
        consumerGroup = "svc-customer-catalog")
public class CheckItemChangedListener extends IdempotentEventListener {

    private final Catalog catalog;

    public CheckItemChangedListener(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void handle(EventEnvelope event) {
        catalog.apply(payload(event, CheckItemChanged.class));
    }
}
