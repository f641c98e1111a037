package com.nuoer.apicall.forewarn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.forewarn.client.ForewarnContactClient.Contact;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a fired alert ({@code forewarn_alert}) and sends it: resolves the rule's contacts at svc-customer (outside
 * any transaction), then in one short transaction marks the alert notified and publishes one {@code SendNotice}
 * (template {@value #TEMPLATE}) per contact channel (sms / email / webhook) through the outbox. When svc-customer
 * cannot answer, the alert stays {@code 待通知} and {@link ForewarnRetryJob} tries again; bizKey
 * {@code api-error:<alertId>:<contactId>:<channel>} keeps a resend idempotent at the notification centre.
 */
public class ForewarnNotifier {

    public static final String TEMPLATE = "API_ERROR_ALERT";
    public static final int PENDING = 0;
    public static final int NOTIFIED = 10;
    public static final int NO_CONTACT = 20;

    private static final Logger log = LoggerFactory.getLogger(ForewarnNotifier.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ContactLookup contacts;
    private final OutboxPublisher outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public ForewarnNotifier(JdbcTemplate jdbc, TransactionTemplate tx, ContactLookup contacts, OutboxPublisher outbox,
                            ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.contacts = contacts;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** A rule as the evaluator needs it. */
    public record Rule(long id, long deptId, long organizationId, String deptName, String checkItem, String itemName,
                       int periodSeconds, int errorCount, List<Long> contactIds, Long userId) {
    }

    /** Records the alert and tries to send it; returns the alert id. */
    public long fire(Rule rule, int failCount, LocalDateTime windowStart, LocalDateTime firedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String contactJson = write(rule.contactIds());
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into forewarn_alert (forewarn_item_id, dept_id, organization_id, check_item, period_seconds,
                                                error_count, fail_count, window_start, fired_at, contact_ids,
                                                notice_state, create_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 0, ?)""", new String[] {"id"});
            ps.setLong(1, rule.id());
            ps.setLong(2, rule.deptId());
            ps.setLong(3, rule.organizationId());
            ps.setString(4, rule.checkItem());
            ps.setInt(5, rule.periodSeconds());
            ps.setInt(6, rule.errorCount());
            ps.setInt(7, failCount);
            ps.setTimestamp(8, Timestamp.valueOf(windowStart));
            ps.setTimestamp(9, Timestamp.valueOf(firedAt));
            ps.setString(10, contactJson);
            ps.setTimestamp(11, Timestamp.valueOf(LocalDateTime.now(clock)));
            return ps;
        }, keys);
        long alertId = keys.getKey().longValue();
        log.info("API error alert {}: dept {} product {} failed {} times within {} s", alertId, rule.deptId(),
                rule.checkItem(), failCount, rule.periodSeconds());
        dispatch(alertId);
        return alertId;
    }

    private record Pending(long id, long deptId, long organizationId, String checkItem, int periodSeconds,
                           int failCount, List<Long> contactIds, String deptName, String itemName, Long userId) {
    }

    /** Sends a recorded alert that is still {@code 待通知}; never throws. Returns the number of notices published. */
    public int dispatch(long alertId) {
        try {
            Pending p = jdbc.query("""
                    select a.id, a.dept_id, a.organization_id, a.check_item, a.period_seconds, a.fail_count,
                           a.contact_ids, f.dept_name, c.item_name, f.create_by
                    from forewarn_alert a
                    left join forewarn_item f on f.id = a.forewarn_item_id
                    left join check_item c on c.check_item = a.check_item
                    where a.id = ? and a.notice_state = 0""",
                    (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), read(rs.getString(7)), rs.getString(8), rs.getString(9),
                            (Long) rs.getObject(10)), alertId).stream().findFirst().orElse(null);
            if (p == null) {
                return 0;
            }
            jdbc.update("update forewarn_alert set attempts = attempts + 1 where id = ?", alertId);
            Optional<List<Contact>> found = contacts.of(p.organizationId(), p.contactIds());
            if (found.isEmpty()) {
                log.warn("API error alert {} not sent yet: contacts unavailable; retried later", alertId);
                return 0;
            }
            List<SendNotice> notices = notices(p, found.get());
            Integer sent = tx.execute(status -> {
                int updated = jdbc.update("""
                        update forewarn_alert set notice_state = ?, notice_count = ? where id = ? and notice_state = 0""",
                        notices.isEmpty() ? NO_CONTACT : NOTIFIED, notices.size(), alertId);
                if (updated == 0) {
                    return 0;
                }
                for (SendNotice notice : notices) {
                    outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, p.deptId(), notice);
                }
                return notices.size();
            });
            return sent == null ? 0 : sent;
        } catch (RuntimeException e) {
            log.warn("API error alert {} not sent, retried later: {}", alertId, e.toString());
            return 0;
        }
    }

    private static List<SendNotice> notices(Pending p, List<Contact> to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("deptName", p.deptName() == null ? String.valueOf(p.deptId()) : p.deptName());
        params.put("itemName", p.itemName() == null ? p.checkItem() : p.itemName());
        params.put("checkItem", p.checkItem());
        params.put("minutes", minutes(p.periodSeconds()));
        params.put("seconds", String.valueOf(p.periodSeconds()));
        params.put("errorCount", String.valueOf(p.failCount()));
        List<SendNotice> out = new ArrayList<>();
        for (Contact c : to) {
            if (c.id() == null || !p.contactIds().contains(c.id())) {
                continue;
            }
            String key = "api-error:" + p.id() + ":" + c.id() + ":";
            add(out, SendNotice.SMS, c.mobile(), params, p, key);
            add(out, SendNotice.EMAIL, c.email(), params, p, key);
            add(out, SendNotice.WEBHOOK, c.webhook(), params, p, key);
        }
        return out;
    }

    private static void add(List<SendNotice> out, String channel, String receiver, Map<String, String> params,
                            Pending p, String key) {
        if (receiver != null && !receiver.isBlank()) {
            out.add(new SendNotice(channel, receiver, List.of(), TEMPLATE, params, null, null, null, p.userId(),
                    "beeback", key + channel));
        }
    }

    static String minutes(int seconds) {
        if (seconds % 60 == 0) {
            return String.valueOf(seconds / 60);
        }
        return java.math.BigDecimal.valueOf(seconds).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private String write(List<Long> ids) {
        try {
            return json.writeValueAsString(ids == null ? List.of() : ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> read(String s) {
        try {
            return s == null ? List.of() : json.readValue(s, new TypeReference<List<Long>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
