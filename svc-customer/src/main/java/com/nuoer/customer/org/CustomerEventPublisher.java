package com.nuoer.customer.org;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerAuthenticated;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The customer events of the organisation part, written to the outbox inside the caller's transaction (topic
 * {@code customer-event}, aggregate = organizationId, so the events of one customer stay in order).
 */
@Component
public class CustomerEventPublisher {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final OutboxPublisher outbox;

    public CustomerEventPublisher(OutboxPublisher outbox) {
        this.outbox = outbox;
    }

    /** What the registration decided beyond the organisation itself (wallet and sales settings). */
    public record Registration(String royaltyEffectMonth, Boolean isMonthlySettle, BigDecimal overdraftQuota,
                               Boolean noticeAtOnce, String applyNo, String source) {
    }

    public void registered(Organization org, Registration r, LocalDateTime now) {
        outbox.publish(Topics.CUSTOMER_EVENT, EventTypes.CUSTOMER_REGISTERED, org.getId(), new CustomerRegistered(
                org.getId(), org.getMerchantId(), org.getOwnerUserId(), org.getOrganizationName(), org.getMobile(),
                org.getEmail(), org.getAssistantId(), org.getGradeCode(), org.getRoyaltyRate(),
                r.royaltyEffectMonth(), org.getGainChannel(), org.getOpportunityId(), org.getCustomerType(),
                org.getCustomerNature(), org.getIndustry(), Boolean.TRUE.equals(r.isMonthlySettle()),
                r.overdraftQuota(), Boolean.TRUE.equals(r.noticeAtOnce()), r.applyNo(), r.source(), now));
    }

    public void changed(Organization org, LocalDateTime now) {
        outbox.publish(Topics.CUSTOMER_EVENT, EventTypes.CUSTOMER_CHANGED, org.getId(), new CustomerChanged(
                org.getId(), org.getMerchantId(), org.getOwnerUserId(), org.getOrganizationName(), org.getAliasName(),
                org.getEnterpriseNo(), org.getMobile(), org.getLinkman(), org.getLinkMobile(), org.getEmail(),
                org.getState(), org.getCustomerType(), org.getCustomerNature(), org.getIndustry(),
                org.getAssistantId(), org.isDeleted(), now.atZone(ZONE).toInstant().toEpochMilli(), now));
    }

    public void authenticated(Organization org, Long authRecordId, int authType, String enterpriseName,
                              String enterpriseNo, String realName, String mobile, LocalDateTime now) {
        outbox.publish(Topics.CUSTOMER_EVENT, EventTypes.CUSTOMER_AUTHENTICATED, org.getId(),
                new CustomerAuthenticated(org.getId(), org.getMerchantId(), org.getOwnerUserId(), authRecordId,
                        authType, enterpriseName, enterpriseNo, realName, mobile, now));
    }
}
