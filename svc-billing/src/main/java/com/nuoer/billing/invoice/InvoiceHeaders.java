package com.nuoer.billing.invoice;

import com.nuoer.billing.invoice.InvoiceDtos.InvoiceHeaderView;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.error.BizException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Invoice headers (发票抬头) per customer user: upserted by every invoice application (key: user, invoice type, tax
 * number — name and e-mail follow the latest application) and offered by {@code invoiceHeader/list}.
 */
@Component
public class InvoiceHeaders {

    private final JdbcTemplate jdbc;

    public InvoiceHeaders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(long userId, String username, String invoiceType, String name, String tin, String email,
                       Long by, LocalDateTime now) {
        jdbc.update("""
                insert into invoice_header (user_id, username, invoice_type, name, tin, email, create_by, create_time,
                                            modify_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id, invoice_type, tin) do update
                set name = excluded.name, email = excluded.email,
                    username = coalesce(excluded.username, invoice_header.username), modify_time = excluded.modify_time""",
                userId, username, invoiceType, name, tin, email, by, now, now);
    }

    /** The headers of a customer user; a user outside the caller's scope answers like an unknown one. */
    public List<InvoiceHeaderView> list(long userId, String invoiceType, StatementScope scope) {
        if (scope.kind() != StatementScope.Kind.ALL) {
            List<Object> args = new ArrayList<>();
            args.add(userId);
            args.addAll(scope.args());
            boolean mine = Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from customer_view c "
                    + "where c.user_id = ? and " + scope.predicate("c.organization_id") + ")", Boolean.class,
                    args.toArray()));
            if (!mine) {
                throw BizException.notFound("客户");
            }
        }
        List<Object> args = new ArrayList<>();
        args.add(userId);
        String type = "";
        if (invoiceType != null && !invoiceType.isBlank()) {
            type = " and invoice_type = ?";
            args.add(invoiceType);
        }
        return jdbc.query("select * from invoice_header where user_id = ?" + type + " order by modify_time desc, id desc",
                (rs, i) -> new InvoiceHeaderView(rs.getLong("id"), (Long) rs.getObject("create_by"),
                        InvoiceQueries.time(rs.getTimestamp("create_time")),
                        InvoiceQueries.time(rs.getTimestamp("modify_time")), rs.getLong("user_id"),
                        rs.getString("username"), rs.getString("invoice_type"), rs.getString("name"),
                        rs.getString("tin"), rs.getString("email")), args.toArray());
    }
}
