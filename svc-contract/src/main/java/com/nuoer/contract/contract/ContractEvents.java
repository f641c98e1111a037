package com.nuoer.contract.contract;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ContractStateChanged;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** Publishes {@code ContractStateChanged} (contract-event, aggregate = contractNo) through the outbox. */
@Component
public class ContractEvents {

    private final OutboxPublisher outbox;
    private final Clock clock;

    public ContractEvents(OutboxPublisher outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Inside the transaction of the change. */
    public void stateChanged(DeptContract c) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean expired = c.isEffective() && c.expireTime() != null && !c.expireTime().isAfter(now);
        ContractStateChanged event = new ContractStateChanged(c.contractNo(), c.deptId(), c.organizationId(),
                c.userId(), c.seq(), c.state(), expired,
                c.items().stream().map(ContractItem::deptItemId).toList(),
                c.items().stream().map(ContractItem::checkItem).toList(),
                c.finishTime(), c.expireTime(), c.nextEventVersion(), now);
        outbox.publish(Topics.CONTRACT_EVENT, EventTypes.CONTRACT_STATE_CHANGED, c.contractNo(), event);
    }
}
