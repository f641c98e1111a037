package com.nuoer.billing.payment;

import com.nuoer.billing.customer.CustomerDirectory;
import com.nuoer.billing.payment.PaymentDtos.PaymentQuery;
import com.nuoer.billing.payment.PaymentDtos.PaymentSum;
import com.nuoer.billing.payment.PaymentDtos.PaymentView;
import com.nuoer.billing.payment.PaymentDtos.ReceivableView;
import com.nuoer.billing.payment.PaymentDtos.SettleView;
import com.nuoer.billing.statement.StatementDtos.StatementQuery;
import com.nuoer.billing.statement.StatementDtos.StatementView;
import com.nuoer.billing.statement.StatementQueries;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.billing.statement.StatementState;
import com.nuoer.common.paging.PageResult;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read side of payments: scoped lists with their settlements, sums, one payment, the receivables per customer. */
@Component
public class PaymentQueries {

    private static final String FROM = " from payment p left join customer_view c on c.organization_id = p.customer_id ";
    private static final String COLUMNS = "select p.*, c.name customer_name ";

    private final JdbcTemplate jdbc;
    private final StatementQueries statements;

    public PaymentQueries(JdbcTemplate jdbc, StatementQueries statements) {
        this.jdbc = jdbc;
        this.statements = statements;
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(PaymentQuery q, StatementScope scope) {
        StringBuilder sql = new StringBuilder(" where ").append(scope.predicate("p.customer_id"));
        List<Object> args = new ArrayList<>(scope.args());
        in(sql, args, "p.customer_id", q.customerIds());
        in(sql, args, "p.salesman_id", q.salesmanIds());
        in(sql, args, "p.state", q.stateList());
        if (q.paymentDateGte() != null && !q.paymentDateGte().isBlank()) {
            sql.append(" and p.payment_date >= ?");
            args.add(LocalDate.parse(q.paymentDateGte()));
        }
        if (q.paymentDateLte() != null && !q.paymentDateLte().isBlank()) {
            sql.append(" and p.payment_date <= ?");
            args.add(LocalDate.parse(q.paymentDateLte()));
        }
        return new Where(sql.toString(), args);
    }

    public PageResult<PaymentView> list(PaymentQuery q, StatementScope scope) {
        Where w = where(q, scope);
        PageResult<PaymentView> page = q.slice().run(
                () -> jdbc.queryForObject("select count(*)" + FROM + w.sql(), Long.class, w.args().toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(w.args());
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query(COLUMNS + FROM + w.sql()
                            + " order by p.payment_date desc, p.create_time desc, p.id desc limit ? offset ?",
                            (rs, i) -> row(rs), a.toArray());
                });
        return new PageResult<>(page.pageNo(), page.pageSize(), page.hasNext(), page.total(),
                withSettles(page.results()), page.isLarge());
    }

    public PaymentSum sum(PaymentQuery q, StatementScope scope) {
        Where w = where(q, scope);
        return jdbc.queryForObject("select coalesce(sum(p.amount), 0), coalesce(sum(p.royalty_amount), 0)" + FROM
                + w.sql(), (rs, i) -> new PaymentSum(rs.getBigDecimal(1).setScale(2),
                rs.getBigDecimal(2).setScale(2)), w.args().toArray());
    }

    public Optional<PaymentView> one(String paymentNo, StatementScope scope) {
        List<Object> args = new ArrayList<>();
        args.add(paymentNo);
        args.addAll(scope.args());
        List<PaymentView> rows = jdbc.query(COLUMNS + FROM + " where p.payment_no = ? and "
                + scope.predicate("p.customer_id"), (rs, i) -> row(rs), args.toArray());
        return rows.isEmpty() ? Optional.empty() : Optional.of(withSettles(rows).get(0));
    }

    public boolean customerVisible(long customerId, StatementScope scope) {
        List<Object> args = new ArrayList<>();
        args.add(customerId);
        args.addAll(scope.args());
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from customer_view c where "
                + "c.organization_id = ? and not c.deleted and " + scope.predicate("c.organization_id") + ")",
                Boolean.class, args.toArray()));
    }

    /**
     * 应收账款: per customer in the scope, the sent statements (10/20/30) with an amount still receivable
     * (total − settled from the wallet − paid), with lines and send records.
     */
    public List<ReceivableView> receivables(List<Long> customerIds, StatementScope scope) {
        StringBuilder sql = new StringBuilder("""
                select c.organization_id, c.name, c.linkman, c.link_mobile,
                       (select max(p.payment_date) from payment p where p.customer_id = c.organization_id and p.state = 10) last_payment
                from customer_view c
                where not c.deleted and exists (select 1 from bill_statement s where s.organization_id = c.organization_id
                      and not s.deleted and s.state in (10, 20, 30)
                      and s.total_amount - s.settled_amount - s.payment_amount > 0) and""")
                .append(' ').append(scope.predicate("c.organization_id"));
        List<Object> args = new ArrayList<>(scope.args());
        in(sql, args, "c.organization_id", customerIds);
        sql.append(" order by c.organization_id limit 200");
        record Customer(long id, String name, String linkman, String linkMobile, LocalDate lastPayment) {
        }
        List<Customer> customers = jdbc.query(sql.toString(), (rs, i) -> new Customer(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), date(rs.getDate(5))), args.toArray());
        if (customers.isEmpty()) {
            return List.of();
        }
        List<Long> orgIds = customers.stream().map(Customer::id).toList();
        Map<Long, Long> orgOfDept = new HashMap<>();
        jdbc.query("select dept_id, organization_id from bill_statement where organization_id in (%s) group by 1, 2"
                .formatted(marks(orgIds.size())), rs -> {
                    orgOfDept.put(rs.getLong(1), rs.getLong(2));
                }, orgIds.toArray());
        StatementQuery q = new StatementQuery(1, PageResultLimits.ALL, true, false, null, null, null, null,
                new ArrayList<>(orgOfDept.keySet()), List.of(StatementState.WAIT_CONFIRM.code(),
                StatementState.CONFIRMED.code(), StatementState.ARCHIVED.code()), null, null, List.of(0, 10));
        Map<Long, List<StatementView>> byOrg = new LinkedHashMap<>();
        for (StatementView v : statements.list(q, scope).results()) {
            if (v.receivableAmount() != null && v.receivableAmount().signum() > 0) {
                byOrg.computeIfAbsent(orgOfDept.get(v.deptId()), k -> new ArrayList<>()).add(v);
            }
        }
        List<ReceivableView> out = new ArrayList<>();
        for (Customer c : customers) {
            List<StatementView> list = byOrg.getOrDefault(c.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(StatementView::billDate)).toList();
            BigDecimal total = list.stream().map(StatementView::receivableAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new ReceivableView(c.id(), c.name(), total.setScale(2), list.size(), c.lastPayment(), c.linkman(),
                    c.linkMobile(), list));
        }
        return out;
    }

    /** Large enough for a customer's statements; the nonPage cap applies anyway. */
    private static final class PageResultLimits {
        static final int ALL = 500;
    }

    private List<PaymentView> withSettles(List<PaymentView> page) {
        if (page.isEmpty()) {
            return page;
        }
        List<Long> ids = page.stream().map(PaymentView::id).toList();
        Map<Long, List<SettleView>> byPayment = new HashMap<>();
        jdbc.query("""
                select ps.payment_id, ps.id settle_id, ps.settle_amount, ps.create_by settle_by,
                       ps.create_time settle_time, ps.modify_time settle_modified, s.*,
                       coalesce(d.dept_name, c.name) dept_name
                from payment_settle ps
                join bill_statement s on s.id = ps.statement_id
                left join dept_view d on d.dept_id = s.dept_id
                left join customer_view c on c.organization_id = s.organization_id
                where ps.payment_id in (%s) order by s.bill_date, s.id""".formatted(marks(ids.size())), rs -> {
                    BigDecimal canInvoice = rs.getBigDecimal("can_invoice_amount");
                    BigDecimal invoiced = rs.getBigDecimal("invoiced_amount");
                    int state = rs.getInt("state");
                    byPayment.computeIfAbsent(rs.getLong("payment_id"), k -> new ArrayList<>()).add(new SettleView(
                            (Long) rs.getObject("settle_by"), time(rs.getTimestamp("settle_time")),
                            time(rs.getTimestamp("settle_modified")), rs.getLong("settle_id"),
                            rs.getString("statement_no"), rs.getString("bill_date"), (Long) rs.getObject("user_id"),
                            rs.getLong("dept_id"), rs.getString("dept_name"), rs.getString("app_id"), state,
                            StatementState.labelOf(state), rs.getInt("invoice_state"), rs.getBigDecimal("total_amount"),
                            invoiced, canInvoice.subtract(invoiced).max(BigDecimal.ZERO),
                            time(rs.getTimestamp("confirm_date")), time(rs.getTimestamp("invoice_time")),
                            CustomerDirectory.split(rs.getString("emails")), rs.getString("attachment_url"),
                            rs.getBigDecimal("payment_amount"), rs.getBigDecimal("settle_amount")));
                }, ids.toArray());
        return page.stream().map(v -> new PaymentView(v.id(), v.createBy(), v.createTime(), v.modifyTime(),
                v.paymentNo(), v.customerId(), v.customerName(), v.salesmanId(), v.salesmanName(), v.amount(),
                v.residueAmount(), v.afterDebtAmount(), v.state(), v.paymentDate(), v.auditTime(), v.certificateList(),
                v.remark(), byPayment.getOrDefault(v.id(), List.of()), v.rejectReason(), v.royaltyRate(),
                v.royaltyAmount())).toList();
    }

    private static PaymentView row(ResultSet rs) throws SQLException {
        return new PaymentView(rs.getLong("id"), (Long) rs.getObject("create_by"), time(rs.getTimestamp("create_time")),
                time(rs.getTimestamp("modify_time")), rs.getString("payment_no"), rs.getLong("customer_id"),
                rs.getString("customer_name"), (Long) rs.getObject("salesman_id"), rs.getString("salesman_name"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("residue_amount"), rs.getBigDecimal("after_debt_amount"),
                rs.getInt("state"), date(rs.getDate("payment_date")), time(rs.getTimestamp("audit_time")),
                LinesConverter.split(rs.getString("certificate_list")), rs.getString("remark"), List.of(),
                rs.getString("reject_reason"), rs.getBigDecimal("royalty_rate"), rs.getBigDecimal("royalty_amount"));
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        sql.append(" and ").append(column).append(" in (").append(marks(values.size())).append(")");
        args.addAll(values);
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
