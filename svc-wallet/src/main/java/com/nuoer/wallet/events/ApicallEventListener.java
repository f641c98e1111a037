package com.nuoer.wallet.events;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ApiCallCharged;
import com.nuoer.common.messaging.events.ApiRecordCorrected;
import com.nuoer.wallet.charge.ChargeService;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** apicall-event: charge batches (F5-7) and refunds of corrected calls (F5-8). */
@Component
@RocketMQMessageListener(topic = Topics.APICALL_EVENT,
        selectorExpression = EventTypes.API_CALL_CHARGED + " || " + EventTypes.API_RECORD_CORRECTED,
        consumerGroup = "svc-wallet-apicall")
public class ApicallEventListener extends IdempotentEventListener {

    private final ChargeService charges;

    public ApicallEventListener(ChargeService charges) {
        this.charges = charges;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventTypes.API_CALL_CHARGED.equals(event.eventType())) {
            charges.charge(payload(event, ApiCallCharged.class));
        } else if (EventTypes.API_RECORD_CORRECTED.equals(event.eventType())) {
            charges.refund(payload(event, ApiRecordCorrected.class));
        }
    }
}
