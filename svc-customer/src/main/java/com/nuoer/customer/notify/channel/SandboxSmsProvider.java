package com.nuoer.customer.notify.channel;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default SMS provider: sends nothing, keeps the last {@value #CAPACITY} messages in memory (for tests and local
 * inspection) and answers success with a sandbox message id. Logs only the order number, never the text.
 */
@Component
@ConditionalOnProperty(name = "nuoer.notify.sms.provider", havingValue = "sandbox", matchIfMissing = true)
public class SandboxSmsProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(SandboxSmsProvider.class);
    static final int CAPACITY = 1000;

    private final Deque<OutgoingMessage> sent = new ConcurrentLinkedDeque<>();

    @Override
    public long datasourceId() {
        return 1L;
    }

    @Override
    public String datasourceName() {
        return "短信沙箱";
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        sent.addLast(message);
        while (sent.size() > CAPACITY) {
            sent.pollFirst();
        }
        log.info("sandbox SMS {} recorded", message.orderNo());
        return Delivery.sent("sandbox-" + UUID.randomUUID(), 1);
    }

    /** The messages recorded so far, oldest first. */
    public List<OutgoingMessage> sent() {
        return new ArrayList<>(sent);
    }
}
