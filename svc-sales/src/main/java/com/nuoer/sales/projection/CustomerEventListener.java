package com.nuoer.sales.projection;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemAccredited;
import com.nuoer.common.messaging.events.DeptItemChanged;
import com.nuoer.common.messaging.events.StaffChanged;
import com.nuoer.sales.maintain.SpreaderRoyaltyService;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** customer-event: customers, developer accounts, staff, authorised products and spreader royalties. */
@Component
@RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT, consumerGroup = "svc-sales-customer",
        selectorExpression = EventTypes.CUSTOMER_REGISTERED + " || " + EventTypes.CUSTOMER_CHANGED + " || "
                + EventTypes.DEPT_CHANGED + " || " + EventTypes.STAFF_CHANGED + " || " + EventTypes.DEPT_ITEM_CHANGED
                + " || " + EventTypes.DEPT_ITEM_ACCREDITED)
public class CustomerEventListener extends IdempotentEventListener {

    private final ProjectionService projections;
    private final SpreaderRoyaltyService royalties;

    public CustomerEventListener(ProjectionService projections, SpreaderRoyaltyService royalties) {
        this.projections = projections;
        this.royalties = royalties;
    }

    @Override
    protected void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.CUSTOMER_REGISTERED -> projections.customerRegistered(payload(event, CustomerRegistered.class));
            case EventTypes.CUSTOMER_CHANGED -> projections.customerChanged(payload(event, CustomerChanged.class));
            case EventTypes.DEPT_CHANGED -> projections.deptChanged(payload(event, DeptChanged.class));
            case EventTypes.STAFF_CHANGED -> projections.staffChanged(payload(event, StaffChanged.class));
            case EventTypes.DEPT_ITEM_CHANGED -> projections.deptItemChanged(payload(event, DeptItemChanged.class));
            case EventTypes.DEPT_ITEM_ACCREDITED -> royalties.accredited(payload(event, DeptItemAccredited.class));
            default -> { }
        }
    }
}
