package com.nuoer.customer.notify;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Consumer of {@code notify-command} (tag SendNotice): every service's notification requests land here. Exactly
 * once per eventId (inbox) and once per bizKey ({@link NotifyService}).
 */
@Component
@RocketMQMessageListener(topic = Topics.NOTIFY_COMMAND, selectorExpression = EventTypes.SEND_NOTICE,
        consumerGroup = "svc-customer-notify")
public class NotifyCommandListener extends IdempotentEventListener {

    private final NotifyService notify;

    public NotifyCommandListener(NotifyService notify) {
        this.notify = notify;
    }

    @Override
    protected void handle(EventEnvelope event) {
        notify.send(payload(event, SendNotice.class));
    }
}
