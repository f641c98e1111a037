package com.nuoer.sales.projection;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.sales.stat.StatService;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** billing-event: approved payments (counted once per paymentNo). */
@Component
@RocketMQMessageListener(topic = Topics.BILLING_EVENT, consumerGroup = "svc-sales-billing",
        selectorExpression = EventTypes.PAYMENT_APPROVED)
public class BillingEventListener extends IdempotentEventListener {

    private final StatService stats;

    public BillingEventListener(StatService stats) {
        this.stats = stats;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventTypes.PAYMENT_APPROVED.equals(event.eventType())) {
            stats.onPayment(payload(event, PaymentApproved.class));
        }
    }
}
