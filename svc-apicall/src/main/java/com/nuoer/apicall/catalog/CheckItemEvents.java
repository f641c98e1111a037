package com.nuoer.apicall.catalog;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import org.springframework.stereotype.Component;

/** The one place that publishes {@code CheckItemChanged} (apicall-event, aggregate = product code). */
@Component
public class CheckItemEvents {

    private final OutboxPublisher outbox;
    private final CheckItemRepository items;

    public CheckItemEvents(OutboxPublisher outbox, CheckItemRepository items) {
        this.outbox = outbox;
        this.items = items;
    }

    /** Flushes the product (so its version is the committed one) and records the snapshot in the outbox. */
    public void changed(CheckItem item) {
        items.flush();
        outbox.publish(Topics.APICALL_EVENT, EventTypes.CHECK_ITEM_CHANGED, item.getCode(), item.snapshot());
    }
}
