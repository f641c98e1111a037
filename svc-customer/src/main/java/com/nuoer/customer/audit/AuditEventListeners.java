package com.nuoer.customer.audit;

import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.IdempotentEventListener;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.AuditRecorded;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Stores the {@code AuditRecorded} entries of every service: one consumer per producing topic (each producer puts
 * its entries on its own topic), all writing to {@link AuditLog} — once per event (inbox) and once per auditId.
 */
public final class AuditEventListeners {

    private AuditEventListeners() {
    }

    abstract static class Base extends IdempotentEventListener {

        private final AuditLog log;

        Base(AuditLog log) {
            this.log = log;
        }

        @Override
        protected void handle(EventEnvelope event) {
            log.append(payload(event, AuditRecorded.class));
        }
    }

    @Component
    @RocketMQMessageListener(topic = Topics.CUSTOMER_EVENT, selectorExpression = EventTypes.AUDIT_RECORDED,
            consumerGroup = "svc-customer-audit-customer")
    public static class CustomerAudit extends Base {
        public CustomerAudit(AuditLog log) {
            super(log);
        }
    }

    @Component
    @RocketMQMessageListener(topic = Topics.WALLET_EVENT, selectorExpression = EventTypes.AUDIT_RECORDED,
            consumerGroup = "svc-customer-audit-wallet")
    public static class WalletAudit extends Base {
        public WalletAudit(AuditLog log) {
            super(log);
        }
    }

    @Component
    @RocketMQMessageListener(topic = Topics.BILLING_EVENT, selectorExpression = EventTypes.AUDIT_RECORDED,
            consumerGroup = "svc-customer-audit-billing")
    public static class BillingAudit extends Base {
        public BillingAudit(AuditLog log) {
            super(log);
        }
    }

    @Component
    @RocketMQMessageListener(topic = Topics.APICALL_EVENT, selectorExpression = EventTypes.AUDIT_RECORDED,
            consumerGroup = "svc-customer-audit-apicall")
    public static class ApicallAudit extends Base {
        public ApicallAudit(AuditLog log) {
            super(log);
        }
    }

    @Component
    @RocketMQMessageListener(topic = Topics.SALES_EVENT, selectorExpression = EventTypes.AUDIT_RECORDED,
            consumerGroup = "svc-customer-audit-sales")
    public static class SalesAudit extends Base {
        public SalesAudit(AuditLog log) {
            super(log);
        }
    }

    @Component
    @RocketMQMessageListener(topic = Topics.CONTRACT_EVENT, selectorExpression = EventTypes.AUDIT_RECORDED,
            consumerGroup = "svc-customer-audit-contract")
    public static class ContractAudit extends Base {
        public ContractAudit(AuditLog log) {
            super(log);
        }
    }
}
