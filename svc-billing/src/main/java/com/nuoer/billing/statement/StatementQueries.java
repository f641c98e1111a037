package com.nuoer.billing.statement;

import com.nuoer.billing.customer.CustomerDirectory;
import com.nuoer.billing.statement.StatementDtos.BillDetailView;
import com.nuoer.billing.statement.StatementDtos.SendRecordView;
import com.nuoer.billing.statement.StatementDtos.StatementQuery;
import com.nuoer.billing.statement.StatementDtos.StatementStatistics;
import com.nuoer.billing.statement.StatementDtos.StatementView;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read side of statements: filtered lists, sums, one statement with its lines and send records. */
@Component
public class StatementQueries {

    static final String FROM = """
            from bill_statement s
            left join dept_view d on d.dept_id = s.dept_id
            left join customer_view c on c.organization_id = s.organization_id
            """;
    static final String COLUMNS = """
            select s.*, coalesce(d.dept_name, c.name) dept_name
            """;

    private final JdbcTemplate jdbc;

    public StatementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(StatementQuery q, StatementScope scope) {
        StringBuilder sql = new StringBuilder(" where not s.deleted and ").append(scope.predicate("s.organization_id"));
        List<Object> args = new ArrayList<>(scope.args());
        if (q.keyword() != null && !q.keyword().isBlank()) {
            sql.append(" and (s.statement_no ilike ? or s.app_id ilike ? or coalesce(d.dept_name, c.name) ilike ?)");
            String like = "%" + q.keyword().trim().replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        if (q.billDateGte() != null && !q.billDateGte().isBlank()) {
            sql.append(" and s.bill_date >= ?");
            args.add(q.billDateGte());
        }
        if (q.billDateLte() != null && !q.billDateLte().isBlank()) {
            sql.append(" and s.bill_date <= ?");
            args.add(q.billDateLte());
        }
        in(sql, args, "s.statement_no", q.statementNoList());
        in(sql, args, "s.dept_id", q.deptIdList());
        in(sql, args, "s.state", q.stateList());
        in(sql, args, "s.invoice_state", q.invoiceStateList());
        in(sql, args, "s.overdraft_type", q.overdraftTypeList());
        in(sql, args, "s.payment_state", q.paymentStateList());
        return new Where(sql.toString(), args);
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        sql.append(" and ").append(column).append(" in (")
                .append(String.join(",", java.util.Collections.nCopies(values.size(), "?"))).append(")");
        args.addAll(values);
    }

    public PageResult<StatementView> list(StatementQuery q, StatementScope scope) {
        Where w = where(q, scope);
        PageSlice slice = q.slice();
        PageResult<StatementView> page = slice.run(
                () -> jdbc.queryForObject("select count(*) " + FROM + w.sql(), Long.class, w.args().toArray()),
                (offset, limit) -> {
                    List<Object> args = new ArrayList<>(w.args());
                    args.add(limit);
                    args.add(offset);
                    return jdbc.query(COLUMNS + FROM + w.sql() + " order by s.bill_date desc, s.id desc limit ? offset ?",
                            (rs, i) -> row(rs), args.toArray());
                });
        return new PageResult<>(page.pageNo(), page.pageSize(), page.hasNext(), page.total(),
                withChildren(page.results()), page.isLarge());
    }

    /** All rows of the filter for an export (up to the nonPage cap). */
    public List<StatementView> all(StatementQuery q, StatementScope scope) {
        Where w = where(q, scope);
        List<Object> args = new ArrayList<>(w.args());
        args.add(PageSlice.NON_PAGE_CAP);
        return jdbc.query(COLUMNS + FROM + w.sql() + " order by s.bill_date desc, s.id desc limit ?",
                (rs, i) -> row(rs), args.toArray());
    }

    public StatementStatistics statistics(StatementQuery q, StatementScope scope) {
        Where w = where(q, scope);
        return jdbc.queryForObject("""
                select coalesce(sum(s.total_amount), 0) total, coalesce(sum(s.invoiced_amount), 0) invoiced,
                       coalesce(sum(s.settled_amount), 0) settled,
                       coalesce(sum(greatest(s.total_amount - s.settled_amount - s.payment_amount, 0)), 0) receivable
                """ + FROM + w.sql(), (rs, i) -> new StatementStatistics(rs.getBigDecimal("total"),
                rs.getBigDecimal("invoiced"), rs.getBigDecimal("settled"), rs.getBigDecimal("receivable")),
                w.args().toArray());
    }

    /** One statement with lines and send records, when the scope allows it. */
    public Optional<StatementView> one(String column, Object value, StatementScope scope) {
        List<Object> args = new ArrayList<>();
        args.add(value);
        args.addAll(scope.args());
        List<StatementView> rows = jdbc.query(COLUMNS + FROM + " where not s.deleted and s." + column + " = ? and "
                + scope.predicate("s.organization_id"), (rs, i) -> row(rs), args.toArray());
        return rows.isEmpty() ? Optional.empty() : Optional.of(withChildren(rows).get(0));
    }

    public boolean visible(long statementId, StatementScope scope) {
        List<Object> args = new ArrayList<>();
        args.add(statementId);
        args.addAll(scope.args());
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from bill_statement s where s.id = ? and "
                + scope.predicate("s.organization_id") + ")", Boolean.class, args.toArray()));
    }

    public boolean deptVisible(long deptId, StatementScope scope) {
        List<Object> args = new ArrayList<>();
        args.add(deptId);
        args.addAll(scope.args());
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from dept_view d where d.dept_id = ? and "
                + scope.predicate("d.organization_id") + ")", Boolean.class, args.toArray()));
    }

    public List<BillDetailView> lines(String statementNo) {
        return jdbc.query("""
                select b.*, coalesce(d.dept_name, c.name) dept_name from bill_detail b
                left join dept_view d on d.dept_id = b.dept_id
                left join customer_view c on c.organization_id = d.organization_id
                where b.statement_no = ? and b.bill_type = 'cust_monthly' and not b.removed
                order by b.check_item, b.price, b.id""", (rs, i) -> detail(rs), statementNo);
    }

    private List<StatementView> withChildren(List<StatementView> page) {
        if (page.isEmpty()) {
            return page;
        }
        List<String> nos = page.stream().map(StatementView::statementNo).toList();
        List<Long> ids = page.stream().map(StatementView::id).toList();
        Map<String, List<BillDetailView>> lines = new HashMap<>();
        jdbc.query("""
                select b.*, coalesce(d.dept_name, c.name) dept_name from bill_detail b
                left join dept_view d on d.dept_id = b.dept_id
                left join customer_view c on c.organization_id = d.organization_id
                where b.bill_type = 'cust_monthly' and not b.removed and b.statement_no in (%s)
                order by b.check_item, b.price, b.id""".formatted(marks(nos.size())), rs -> {
                    BillDetailView v = detail(rs);
                    lines.computeIfAbsent(v.statementNo(), k -> new ArrayList<>()).add(v);
                }, nos.toArray());
        Map<Long, List<SendRecordView>> sends = new HashMap<>();
        jdbc.query("select * from bill_send_record where statement_id in (%s) order by send_time desc, id desc"
                .formatted(marks(ids.size())), rs -> {
                    sends.computeIfAbsent(rs.getLong("statement_id"), k -> new ArrayList<>()).add(new SendRecordView(
                            CustomerDirectory.split(rs.getString("receiver_list")),
                            CustomerDirectory.split(rs.getString("cc_list")), rs.getString("attachment_url"),
                            time(rs.getTimestamp("send_time")), rs.getInt("state")));
                }, ids.toArray());
        return page.stream().map(v -> new StatementView(v.id(), v.statementNo(), v.billDate(), v.userId(), v.deptId(),
                v.deptName(), v.appId(), v.state(), v.stateDesc(), v.invoiceState(), v.totalAmount(),
                v.canInvoiceAmount(), v.invoicedAmount(), v.notInvoicedAmount(), v.confirmDate(), v.invoiceTime(),
                lines.getOrDefault(v.statementNo(), List.of()), v.emails(), v.attachmentUrl(), v.settledAmount(),
                v.receivableAmount(), v.overdraftType(), sends.getOrDefault(v.id(), List.of()), v.paymentState(),
                v.paymentStateDesc())).toList();
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static StatementView row(ResultSet rs) throws SQLException {
        BigDecimal total = rs.getBigDecimal("total_amount");
        BigDecimal canInvoice = rs.getBigDecimal("can_invoice_amount");
        BigDecimal invoiced = rs.getBigDecimal("invoiced_amount");
        BigDecimal settled = rs.getBigDecimal("settled_amount");
        BigDecimal paid = rs.getBigDecimal("payment_amount");
        int state = rs.getInt("state");
        int paymentState = rs.getInt("payment_state");
        return new StatementView(rs.getLong("id"), rs.getString("statement_no"), rs.getString("bill_date"),
                (Long) rs.getObject("user_id"), rs.getLong("dept_id"), rs.getString("dept_name"),
                rs.getString("app_id"), state, StatementState.labelOf(state), rs.getInt("invoice_state"), total,
                canInvoice, invoiced, canInvoice.subtract(invoiced).max(BigDecimal.ZERO),
                time(rs.getTimestamp("confirm_date")), time(rs.getTimestamp("invoice_time")), List.of(),
                CustomerDirectory.split(rs.getString("emails")), rs.getString("attachment_url"), settled,
                total.subtract(settled).subtract(paid).max(BigDecimal.ZERO), rs.getInt("overdraft_type"), List.of(),
                paymentState, StatementState.paymentLabel(paymentState));
    }

    public static BillDetailView detail(ResultSet rs) throws SQLException {
        return new BillDetailView(rs.getLong("id"), rs.getString("bill_date"), rs.getString("bill_type"),
                rs.getLong("dept_id"), rs.getString("dept_name"), rs.getString("app_id"), rs.getString("check_item"),
                rs.getString("check_item_name"), rs.getString("tag"), (Integer) rs.getObject("data_source_id"),
                rs.getString("data_source"), rs.getString("data_source_code"),
                (Integer) rs.getObject("check_config_id"), rs.getLong("count"), rs.getLong("free_count"),
                rs.getLong("charge_count"), rs.getBigDecimal("price"), rs.getBigDecimal("total_fee"),
                rs.getBigDecimal("total_cost"), rs.getBigDecimal("settled_amount"),
                rs.getBigDecimal("receivable_amount"), rs.getString("statement_no"), rs.getBoolean("manual"),
                time(rs.getTimestamp("create_date")));
    }

    static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
