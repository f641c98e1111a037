package com.nuoer.wallet.events;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.wallet.customer.CustomerDirectory;
import com.nuoer.wallet.wallet.WalletService;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * customer-event: the customer projection, the default wallet of a new customer (once per merchant), and the lock
 * of a disabled/deleted customer's wallets (F15).
 */
@Component
@RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT,
        selectorExpression = EventTypes.CUSTOMER_REGISTERED + " || " + EventTypes.CUSTOMER_CHANGED,
        consumerGroup = "svc-wallet-customer")
public class CustomerEventListener extends IdempotentEventListener {

    private final CustomerDirectory customers;
    private final WalletService wallets;

    public CustomerEventListener(CustomerDirectory customers, WalletService wallets) {
        this.customers = customers;
        this.wallets = wallets;
    }

    @Override
    protected void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.CUSTOMER_REGISTERED -> {
                CustomerRegistered e = payload(event, CustomerRegistered.class);
                customers.registered(e);
                wallets.createDefault(e);
            }
            case EventTypes.CUSTOMER_CHANGED -> {
                CustomerChanged e = payload(event, CustomerChanged.class);
                if (customers.changed(e)) {
                    boolean disabled = e.deleted() || (e.state() != null && e.state() == -1);
                    wallets.customerStateChanged(e.organizationId(), disabled);
                }
            }
            default -> { }
        }
    }
}
