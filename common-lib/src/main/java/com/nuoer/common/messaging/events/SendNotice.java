package com.nuoer.common.messaging.events;

import java.util.List;
import java.util.Map;

/**
 * Command on {@code notify-command} (tag {@code SendNotice}): any service asks svc-customer's notification centre to
 * send an SMS, an e-mail or a webhook call; the centre renders the template, sends through the configured provider
 * and keeps a MessageRecord. {@code bizKey} makes a resend of the same command idempotent (e.g. "wallet-low:42:7").
 *
 * @param channel      {@code sms} | {@code email} | {@code webhook}
 * @param receiver     mobile, e-mail address or webhook URL
 * @param cc           e-mail copies (at most 10), may be empty
 * @param templateCode a MessageTemplate code; when null, {@code subject}/{@code content} are sent as given
 * @param params       template parameters
 * @param attachmentUrl optional attachment (e.g. a statement file)
 */
public record SendNotice(
        String channel,
        String receiver,
        List<String> cc,
        String templateCode,
        Map<String, String> params,
        String subject,
        String content,
        String attachmentUrl,
        Long userId,
        String appcode,
        String bizKey) {

    public static final String SMS = "sms";
    public static final String EMAIL = "email";
    public static final String WEBHOOK = "webhook";
}
