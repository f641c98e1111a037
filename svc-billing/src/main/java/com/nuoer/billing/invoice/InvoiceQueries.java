package com.nuoer.billing.invoice;

import com.nuoer.billing.invoice.InvoiceDtos.InvoiceQuery;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceStatementView;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceView;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read side of invoices: scoped lists and details with the statements each invoice covers. */
@Component
public class InvoiceQueries {

    private static final String FROM = """
            from invoice i
            left join dept_view d on d.dept_id = i.dept_id
            left join customer_view c on c.organization_id = i.organization_id
            """;
    private static final String COLUMNS = "select i.*, coalesce(d.dept_name, c.name) dept_name ";

    private final JdbcTemplate jdbc;

    public InvoiceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<InvoiceView> list(InvoiceQuery q, StatementScope scope) {
        StringBuilder sql = new StringBuilder(" where ").append(scope.predicate("i.organization_id"));
        List<Object> args = new ArrayList<>(scope.args());
        if (q.deptId() != null) {
            sql.append(" and i.dept_id = ?");
            args.add(q.deptId());
        }
        in(sql, args, "i.dept_id", q.deptIdList());
        in(sql, args, "i.state", q.stateList());
        PageResult<InvoiceView> page = q.slice().run(
                () -> jdbc.queryForObject("select count(*) " + FROM + sql, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(args);
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query(COLUMNS + FROM + sql + " order by i.create_date desc, i.id desc limit ? offset ?",
                            (rs, i) -> row(rs), a.toArray());
                });
        return new PageResult<>(page.pageNo(), page.pageSize(), page.hasNext(), page.total(),
                withStatements(page.results()), page.isLarge());
    }

    public Optional<InvoiceView> one(long id, StatementScope scope) {
        List<Object> args = new ArrayList<>();
        args.add(id);
        args.addAll(scope.args());
        List<InvoiceView> rows = jdbc.query(COLUMNS + FROM + " where i.id = ? and " + scope.predicate("i.organization_id"),
                (rs, i) -> row(rs), args.toArray());
        return rows.isEmpty() ? Optional.empty() : Optional.of(withStatements(rows).get(0));
    }

    public boolean visible(long id, StatementScope scope) {
        List<Object> args = new ArrayList<>();
        args.add(id);
        args.addAll(scope.args());
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from invoice i where i.id = ? and "
                + scope.predicate("i.organization_id") + ")", Boolean.class, args.toArray()));
    }

    /** Ids of the statements in the scope that may take an invoice now, of one account or (dept null) all. */
    public List<Long> invoiceableStatementIds(Long deptId, StatementScope scope) {
        List<Object> args = new ArrayList<>(scope.args());
        String dept = "";
        if (deptId != null) {
            dept = " and s.dept_id = ?";
            args.add(deptId);
        }
        return jdbc.queryForList("select s.id from bill_statement s where not s.deleted and s.state >= 20 and "
                + "s.can_invoice_amount - s.invoiced_amount - s.invoicing_amount > 0 and "
                + scope.predicate("s.organization_id") + dept + " order by s.bill_date, s.id", Long.class, args.toArray());
    }

    private List<InvoiceView> withStatements(List<InvoiceView> page) {
        if (page.isEmpty()) {
            return page;
        }
        List<Long> ids = page.stream().map(InvoiceView::id).toList();
        Map<Long, List<InvoiceStatementView>> byInvoice = new HashMap<>();
        jdbc.query("""
                select a.invoice_id, a.invoice_amount share, s.id, s.statement_no, s.bill_date, s.dept_id,
                       coalesce(d.dept_name, c.name) dept_name, s.app_id, s.state, s.invoice_state, s.invoiced_amount,
                       s.invoice_time
                from invoice_allocation a
                join bill_statement s on s.id = a.statement_id
                left join dept_view d on d.dept_id = s.dept_id
                left join customer_view c on c.organization_id = s.organization_id
                where a.invoice_id in (%s) order by s.bill_date, s.id""".formatted(marks(ids.size())), rs -> {
                    byInvoice.computeIfAbsent(rs.getLong("invoice_id"), k -> new ArrayList<>()).add(
                            new InvoiceStatementView(rs.getLong("id"), rs.getString("statement_no"),
                                    rs.getString("bill_date"), rs.getLong("dept_id"), rs.getString("dept_name"),
                                    rs.getString("app_id"), rs.getInt("state"), rs.getInt("invoice_state"),
                                    rs.getBigDecimal("invoiced_amount"), time(rs.getTimestamp("invoice_time")),
                                    rs.getBigDecimal("share")));
                }, ids.toArray());
        return page.stream().map(v -> new InvoiceView(v.id(), v.deptId(), v.deptName(), v.invoiceType(), v.state(),
                v.invoiceAmount(), byInvoice.getOrDefault(v.id(), List.of()), v.headerName(), v.tin(), v.email(),
                v.invoiceTime(), v.invoiceUrl(), v.createDate(), v.stateDesc(), v.rejectReason())).toList();
    }

    private static InvoiceView row(ResultSet rs) throws SQLException {
        int state = rs.getInt("state");
        return new InvoiceView(rs.getLong("id"), rs.getLong("dept_id"), rs.getString("dept_name"),
                rs.getString("invoice_type"), state, rs.getBigDecimal("invoice_amount"), List.of(),
                rs.getString("header_name"), rs.getString("tin"), rs.getString("email"),
                time(rs.getTimestamp("invoice_time")), rs.getString("invoice_url"),
                time(rs.getTimestamp("create_date")), Invoice.label(state), rs.getString("reject_reason"));
    }

    static void in(StringBuilder sql, List<Object> args, String column, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        sql.append(" and ").append(column).append(" in (").append(marks(values.size())).append(")");
        args.addAll(values);
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
