package com.nuoer.wallet.customer;

import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The local projection {@code customer_view} of svc-customer's organisations: who owns a merchant, its name and its
 * maintaining salesman (sales scoping). Fed by CustomerRegistered (creates) and CustomerChanged (full snapshot,
 * applied only when newer than what we hold).
 */
@Component
public class CustomerDirectory {

    private final JdbcTemplate jdbc;

    public CustomerDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(CustomerRegistered e) {
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, name, mobile, email, assistant_id,
                                           state, deleted, version)
                values (?, ?, ?, ?, ?, ?, ?, 10, false, 0)
                on conflict (organization_id) do nothing""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.mobile(), e.email(),
                e.assistantId());
    }

    /** Applies the snapshot when it is newer than the one held; true when applied. */
    public boolean changed(CustomerChanged e) {
        return jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, name, mobile, email, assistant_id,
                                           state, deleted, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organization_id) do update
                set merchant_id = excluded.merchant_id, user_id = excluded.user_id, name = excluded.name,
                    mobile = excluded.mobile, email = excluded.email, assistant_id = excluded.assistant_id,
                    state = excluded.state, deleted = excluded.deleted, version = excluded.version
                where customer_view.version < excluded.version""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.mobile(), e.email(),
                e.assistantId(), e.state(), e.deleted(), e.version()) == 1;
    }

    public Optional<CustomerView> byMerchant(Long merchantId) {
        return jdbc.query("select * from customer_view where merchant_id = ?", (rs, i) -> new CustomerView(
                rs.getLong("organization_id"), rs.getLong("merchant_id"), (Long) rs.getObject("user_id"),
                rs.getString("name"), rs.getString("mobile"), rs.getString("email"),
                (Long) rs.getObject("assistant_id"), (Integer) rs.getObject("state"), rs.getBoolean("deleted")),
                merchantId).stream().findFirst();
    }
}
