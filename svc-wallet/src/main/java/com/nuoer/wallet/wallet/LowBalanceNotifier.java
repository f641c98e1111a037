package com.nuoer.wallet.wallet;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.wallet.client.CustomerContactClient.Contact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Low-balance notices (F12b). A crossing below the threshold is decided inside the money change (the wallet row's
 * {@code low_alert_pending}/{@code low_alert_version}); after that commit this class resolves the contacts over
 * Feign — outside the wallet's row lock — and, in a short transaction that clears the pending flag of exactly that
 * crossing, publishes one {@code SendNotice} per contact channel through the outbox. When svc-customer cannot
 * answer, the flag stays set and the next change of the wallet tries again; a charge never fails because of it.
 * bizKey {@code wallet-low:<walletId>:<crossing version>:<contactId>:<channel>} keeps a resend idempotent.
 */
@Component
public class LowBalanceNotifier {

    public static final String TEMPLATE = "WALLET_LOW_BALANCE";
    private static final Logger log = LoggerFactory.getLogger(LowBalanceNotifier.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ContactDirectory contacts;
    private final OutboxPublisher outbox;

    public LowBalanceNotifier(JdbcTemplate jdbc, TransactionTemplate tx, ContactDirectory contacts,
                              OutboxPublisher outbox) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.contacts = contacts;
        this.outbox = outbox;
    }

    private record Pending(long walletId, long organizationId, Long userId, String accountName, BigDecimal balance,
                           BigDecimal threshold, String contactIds, long crossing) {
    }

    /** Sends the pending notice of a wallet, if any; never throws. Returns the number of notices published. */
    public int sendPending(long walletId) {
        try {
            Pending p = jdbc.query("""
                    select id, organization_id, user_id, account_name, balance, forewarn_threshold,
                           forewarn_contact_ids, low_alert_version
                    from wallet where id = ? and low_alert_pending""",
                    (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getLong(8)), walletId)
                    .stream().findFirst().orElse(null);
            if (p == null) {
                return 0;
            }
            List<Long> ids = Wallet.parseIds(p.contactIds());
            Optional<List<Contact>> found = contacts.of(p.organizationId(), ids);
            if (found.isEmpty()) {
                log.warn("low-balance notice of wallet {} postponed: contacts unavailable; retried on its next change",
                        walletId);
                return 0;
            }
            List<Contact> receivers = found.get();
            if (ids.isEmpty()) {
                List<Contact> defaults = receivers.stream().filter(c -> Boolean.TRUE.equals(c.isDefault())).toList();
                receivers = defaults.isEmpty() ? receivers : defaults;
            }
            List<Contact> to = receivers;
            Integer sent = tx.execute(status -> {
                int cleared = jdbc.update("""
                        update wallet set low_alert_pending = false
                        where id = ? and low_alert_version = ? and low_alert_pending""", walletId, p.crossing());
                if (cleared == 0) {
                    return 0;
                }
                int n = 0;
                for (SendNotice notice : notices(p, to)) {
                    outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, walletId, notice);
                    n++;
                }
                return n;
            });
            return sent == null ? 0 : sent;
        } catch (RuntimeException e) {
            log.warn("low-balance notice of wallet {} failed, retried on its next change: {}", walletId, e.toString());
            return 0;
        }
    }

    private static List<SendNotice> notices(Pending p, List<Contact> to) {
        Map<String, String> params = Map.of(
                "organizationName", p.accountName() == null ? "" : p.accountName(),
                "balance", p.balance().toPlainString(),
                "threshold", p.threshold() == null ? "" : p.threshold().toPlainString(),
                "walletId", String.valueOf(p.walletId()));
        List<SendNotice> out = new ArrayList<>();
        for (Contact c : to) {
            String key = "wallet-low:" + p.walletId() + ":" + p.crossing() + ":" + c.id() + ":";
            if (c.mobile() != null && !c.mobile().isBlank()) {
                out.add(notice(SendNotice.SMS, c.mobile(), params, p, key + SendNotice.SMS));
            }
            if (c.email() != null && !c.email().isBlank()) {
                out.add(notice(SendNotice.EMAIL, c.email(), params, p, key + SendNotice.EMAIL));
            }
            if (c.webhook() != null && !c.webhook().isBlank()) {
                out.add(notice(SendNotice.WEBHOOK, c.webhook(), params, p, key + SendNotice.WEBHOOK));
            }
        }
        return out;
    }

    private static SendNotice notice(String channel, String receiver, Map<String, String> params, Pending p,
                                     String bizKey) {
        return new SendNotice(channel, receiver, List.of(), TEMPLATE, params, null, null, null, p.userId(),
                "beeback", bizKey);
    }
}
