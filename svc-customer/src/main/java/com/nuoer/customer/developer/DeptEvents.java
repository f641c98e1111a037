package com.nuoer.customer.developer;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.customer.org.Dept;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code DeptChanged} (outbox, topic customer-event, aggregate = deptId) for a developer account that was
 * opened or changed. Call it inside the transaction of the change, after the change is flushed, from every use case
 * that changes a Dept (status, whitelist, secret, name) — the event carries the stored (encrypted) secret only.
 */
@Component
public class DeptEvents {

    private final OutboxPublisher outbox;

    public DeptEvents(OutboxPublisher outbox) {
        this.outbox = outbox;
    }

    public void changed(Dept d) {
        outbox.publish(Topics.CUSTOMER_EVENT, EventTypes.DEPT_CHANGED, d.getId(),
                new DeptChanged(d.getId(), d.getOrganizationId(), d.getUserId(), d.getDeptName(), d.getAppId(),
                        d.revealSecret(), d.getEnv(), d.getStatus(), d.getWhiteIpList(), d.getVersion()));
    }
}
