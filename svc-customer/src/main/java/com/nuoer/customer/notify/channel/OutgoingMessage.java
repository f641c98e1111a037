package com.nuoer.customer.notify.channel;

import java.util.List;

/**
 * A rendered message ready for a provider. Its {@code toString} leaves the text out: the text may carry a secret
 * (developer-info notices) and must never reach a log.
 */
public record OutgoingMessage(
        String orderNo,
        List<String> to,
        List<String> cc,
        String subject,
        String content,
        boolean html,
        String templateCode,
        String providerTemplateCode,
        String signName) {

    @Override
    public String toString() {
        return "OutgoingMessage{orderNo=" + orderNo + ", to=" + to.size() + " receiver(s), template=" + templateCode + "}";
    }
}
