package com.nuoer.wallet.events;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.wallet.recharge.RechargeService;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** billing-event: the residue of an approved payment becomes a recharge (F8-4). */
@Component
@RocketMQMessageListener(topic = Topics.BILLING_EVENT, selectorExpression = EventTypes.PAYMENT_APPROVED,
        consumerGroup = "svc-wallet-billing")
public class BillingEventListener extends IdempotentEventListener {

    private final RechargeService recharges;

    public BillingEventListener(RechargeService recharges) {
        this.recharges = recharges;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventTypes.PAYMENT_APPROVED.equals(event.eventType())) {
            recharges.creditPayment(payload(event, PaymentApproved.class));
        }
    }
}
