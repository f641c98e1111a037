package com.nuoer.customer.notify;

import com.nuoer.common.ids.DocumentNumbers;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.customer.developer.SecretCipher;
import com.nuoer.customer.notify.channel.Delivery;
import com.nuoer.customer.notify.channel.EmailSender;
import com.nuoer.customer.notify.channel.OutgoingMessage;
import com.nuoer.customer.notify.channel.SmsProvider;
import com.nuoer.customer.notify.channel.WebhookSender;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification centre: renders a {@link SendNotice} (template + parameters), sends it through the channel's
 * provider (e-mail: Spring Mail; SMS: {@link SmsProvider}; webhook: HTTP POST with retries) and records every message
 * as a {@code message_record} row with its state and error. Idempotent on {@code bizKey}: a command whose bizKey
 * already has a record is not sent again. Parameters of {@link SensitiveParams} (the appSecret of developer-info
 * notices) reach only the receiver; the record and the copies to cc receivers show them masked. Nothing of a
 * message's text is logged.
 */
@Service
public class NotifyService {

    private static final Logger log = LoggerFactory.getLogger(NotifyService.class);
    private static final DateTimeFormatter ORDER_NO = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    public static final int SENDING = 0;
    public static final int SENT = 1;
    public static final int FAILED = -1;

    private final MessageTemplateRepository templates;
    private final List<SensitiveParams> sensitiveParams;
    private final EmailSender email;
    private final SmsProvider sms;
    private final WebhookSender webhook;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public NotifyService(MessageTemplateRepository templates, List<SensitiveParams> sensitiveParams,
                         EmailSender email, SmsProvider sms, WebhookSender webhook, JdbcTemplate jdbc, Clock clock) {
        this.templates = templates;
        this.sensitiveParams = sensitiveParams;
        this.email = email;
        this.sms = sms;
        this.webhook = webhook;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sends one command; returns the record id, or empty when its bizKey was already handled. */
    @Transactional
    public Optional<Long> send(SendNotice notice) {
        String channel = notice.channel() == null ? "" : notice.channel().toLowerCase();
        Map<String, String> params = notice.params() == null ? Map.of() : notice.params();
        Optional<MessageTemplate> template = Optional.ofNullable(notice.templateCode()).flatMap(templates::findByCode);

        Map<String, String> secret = new HashMap<>();
        for (SensitiveParams source : sensitiveParams) {
            if (notice.templateCode() != null && source.supports(notice.templateCode())) {
                secret.putAll(source.resolve(params));
            }
        }
        Map<String, String> full = new HashMap<>(params);
        full.putAll(secret);
        Map<String, String> masked = new HashMap<>(params);
        secret.forEach((k, v) -> masked.put(k, SecretCipher.mask(v)));

        String subject = template.map(t -> TemplateRenderer.render(t.getSubject(), params)).orElse(notice.subject());
        String text = template.map(MessageTemplate::getContent).orElse(notice.content());
        if (notice.attachmentUrl() != null && text != null) {
            text = text + "\n附件: " + notice.attachmentUrl();
        }
        boolean html = template.map(MessageTemplate::isHtml).orElse(false) && SendNotice.EMAIL.equals(channel);
        String recordedContent = TemplateRenderer.render(text, masked);
        List<String> to = split(notice.receiver());
        List<String> cc = notice.cc() == null ? List.of() : notice.cc().stream().filter(s -> s != null && !s.isBlank())
                .map(String::trim).toList();

        String orderNo = newOrderNo();
        Long recordId = insertRecord(notice, channel, orderNo, to, cc, subject, recordedContent, html);
        if (recordId == null) {
            log.info("notice {} already handled, not sent again", notice.bizKey());
            return Optional.empty();
        }

        String error = null;
        if (notice.templateCode() != null && template.isEmpty()) {
            error = "template " + notice.templateCode() + " not found";
        } else if (template.isPresent() && !template.get().isEnable()) {
            error = "template " + notice.templateCode() + " is disabled";
        } else if (to.isEmpty()) {
            error = "no receiver";
        } else if (text == null) {
            error = "no content";
        }
        Delivery delivery;
        long datasourceId;
        String datasourceName;
        if (error != null) {
            delivery = Delivery.failed(error, 0);
            datasourceId = 0;
            datasourceName = null;
        } else {
            String providerCode = template.map(MessageTemplate::getProviderCode).orElse(null);
            String signName = template.map(MessageTemplate::getSignName).orElse(null);
            OutgoingMessage toReceiver = new OutgoingMessage(orderNo, to, secret.isEmpty() ? cc : List.of(), subject,
                    TemplateRenderer.render(text, full), html, notice.templateCode(), providerCode, signName);
            switch (channel) {
                case SendNotice.EMAIL -> {
                    delivery = email.send(toReceiver);
                    if (delivery.ok() && !secret.isEmpty() && !cc.isEmpty()) {
                        // copies never carry the secret
                        email.send(new OutgoingMessage(orderNo, cc, List.of(), subject, recordedContent, html,
                                notice.templateCode(), providerCode, signName));
                    }
                    datasourceId = email.datasourceId();
                    datasourceName = email.datasourceName();
                }
                case SendNotice.SMS -> {
                    delivery = sms.send(toReceiver);
                    datasourceId = sms.datasourceId();
                    datasourceName = sms.datasourceName();
                }
                case SendNotice.WEBHOOK -> {
                    delivery = webhook.send(toReceiver);
                    datasourceId = webhook.datasourceId();
                    datasourceName = webhook.datasourceName();
                }
                default -> {
                    delivery = Delivery.failed("unknown channel " + channel, 0);
                    datasourceId = 0;
                    datasourceName = null;
                }
            }
        }
        jdbc.update("""
                update message_record set state = ?, error = ?, third_id = ?, attempts = ?, datasource_id = ?,
                       datasource_name = ?, modify_time = ?
                where id = ?""",
                delivery.ok() ? SENT : FAILED, delivery.error(), delivery.thirdId(), delivery.attempts(),
                datasourceId == 0 ? null : datasourceId, datasourceName, Timestamp.valueOf(now()), recordId);
        if (delivery.ok()) {
            log.info("notice {} sent by {} (record {})", orderNo, channel, recordId);
        } else {
            log.warn("notice {} by {} failed (record {}): {}", orderNo, channel, recordId, delivery.error());
        }
        return Optional.of(recordId);
    }

    private Long insertRecord(SendNotice n, String channel, String orderNo, List<String> to, List<String> cc,
                              String title, String content, boolean html) {
        LocalDateTime now = now();
        List<Long> ids = jdbc.queryForList("""
                insert into message_record (order_no, biz_key, user_id, organization_id, sms_method, receiver, cc,
                                            template_code, title, content, is_html, appcode, app_name, custom_name,
                                            state, create_by, create_time, modify_time)
                values (?, ?, ?, (select o.id from organization o where o.owner_user_id = ? and not o.deleted
                                  order by o.id limit 1),
                        ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        (select o.organization_name from organization o where o.owner_user_id = ? and not o.deleted
                         order by o.id limit 1),
                        ?, ?, ?, ?)
                on conflict (biz_key) do nothing
                returning id""", Long.class,
                orderNo, n.bizKey(), n.userId(), n.userId(), channel, String.join(",", to),
                cc.isEmpty() ? null : String.join(",", cc), n.templateCode(), title, content, html, n.appcode(),
                appName(n.appcode()), n.userId(), SENDING, n.userId(), Timestamp.valueOf(now), Timestamp.valueOf(now));
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String appName(String appcode) {
        if (appcode == null) {
            return null;
        }
        return switch (appcode) {
            case "beeback" -> "诺尔数据开放平台";
            case "crm" -> "运营管理后台";
            case "sales" -> "业务平台";
            case "portal" -> "门户";
            default -> appcode;
        };
    }

    private static List<String> split(String receivers) {
        if (receivers == null) {
            return List.of();
        }
        return Arrays.stream(receivers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private String newOrderNo() {
        return "MSG" + now().format(ORDER_NO) + DocumentNumbers.serial(jdbc, "message_order_no_seq", 5);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
