package com.nuoer.billing.statement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds (or rebuilds) the statement of one developer account and month from its daily usage: one
 * {@code cust_monthly} line per product and unit price in force, amount = charged calls × price (free calls are
 * never charged), settled = the part already paid from the wallet (prepaid accounts, domain.md §6-22). A statement
 * that left {@code 0 待核准}, or whose lines ops edited by hand, is never touched again: late usage then needs a
 * manual sub-bill. Manual lines (saveSubBill) survive a rebuild.
 */
@Component
public class StatementBuilder {

    private final JdbcTemplate jdbc;
    private final StatementRepository statements;
    private final Clock clock;

    public StatementBuilder(JdbcTemplate jdbc, StatementRepository statements, Clock clock) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.clock = clock;
    }

    /** Rebuilds one account's statement of the month when allowed; true when one was created or rebuilt. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean rebuild(long deptId, YearMonth month) {
        return rebuildAll(month, deptId) > 0;
    }

    /**
     * Set-based (re)build of the month's statements: every account with usage gets its statement (created {@code 0}
     * when missing), and every statement still rebuildable (0, lines not edited by hand, not deleted) gets its
     * generated lines replaced and its totals recomputed. Uncharged calls (free ones and those not charged) are
     * shown on the product's first price line. {@code deptId} null = all accounts. Returns the statements rebuilt.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int rebuildAll(YearMonth month, Long deptId) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        String m = month.toString();
        String onlyUsage = deptId == null ? "" : " and u.dept_id = " + deptId;
        String only = deptId == null ? "" : " and dept_id = " + deptId;
        jdbc.update("""
                insert into bill_statement (statement_no, bill_date, organization_id, user_id, dept_id, app_id, state,
                                            overdraft_type, emails, create_time, update_time)
                select 'BS' || ? || lpad(u.dept_id::text, 8, '0'), ?, coalesce(max(d.organization_id), max(u.organization_id)),
                       coalesce(max(d.user_id), max(u.user_id)), u.dept_id, coalesce(max(d.app_id), max(u.app_id)), 0,
                       coalesce(max(d.overdraft_type), 0), coalesce(max(d.emails), max(c.email)), ?, ?
                from usage_day u
                left join dept_view d on d.dept_id = u.dept_id
                left join customer_view c on c.organization_id = d.organization_id
                where u.usage_date between ? and ?""" + onlyUsage + """

                group by u.dept_id
                on conflict (dept_id, bill_date) do nothing""",
                m.replace("-", ""), m, now, now, from, to);
        String open = "select statement_no, dept_id, app_id, overdraft_type from bill_statement where bill_date = ? "
                + "and state = 0 and not lines_edited and not deleted" + only;
        jdbc.update("delete from bill_detail b using (" + open + ") s where b.statement_no = s.statement_no "
                + "and b.bill_type = 'cust_monthly' and not b.manual", m);
        jdbc.update("""
                insert into bill_detail (bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count,
                                         free_count, charge_count, price, total_fee, total_cost, settled_amount,
                                         receivable_amount, statement_no, create_date, update_date)
                with s as (""" + open + """
                ),
                items as (
                    select u.dept_id, u.check_item, max(u.check_item_name) item_name, sum(u.call_count) calls,
                           sum(u.free_count) free, sum(u.charge_count) charged
                    from usage_day u join s on s.dept_id = u.dept_id
                    where u.usage_date between ? and ?
                    group by u.dept_id, u.check_item),
                prices as (
                    select u.dept_id, u.check_item, (x ->> 'price')::numeric(18, 4) price,
                           sum((x ->> 'count')::bigint) cnt, min(u.usage_date) first_day
                    from usage_day u join s on s.dept_id = u.dept_id
                    cross join lateral jsonb_array_elements(u.lines) x
                    where u.usage_date between ? and ?
                    group by u.dept_id, u.check_item, (x ->> 'price')::numeric(18, 4)),
                ranked as (
                    select p.*, row_number() over (partition by p.dept_id, p.check_item
                                                   order by p.first_day, p.price) rn
                    from prices p),
                lines as (
                    select i.dept_id, i.check_item, i.item_name, coalesce(r.price, 0) price,
                           coalesce(r.cnt, 0) + case when coalesce(r.rn, 1) = 1
                                                     then greatest(i.calls - i.charged, 0) else 0 end cnt,
                           case when coalesce(r.rn, 1) = 1 then i.free else 0 end free,
                           coalesce(r.cnt, 0) charged
                    from items i left join ranked r on r.dept_id = i.dept_id and r.check_item = i.check_item)
                select ?, 'cust_monthly', l.dept_id, s.app_id, l.check_item, l.item_name, l.cnt, l.free, l.charged,
                       l.price, round(l.charged * l.price, 2), 0,
                       case when s.overdraft_type = 20 then 0 else round(l.charged * l.price, 2) end,
                       case when s.overdraft_type = 20 then round(l.charged * l.price, 2) else 0 end,
                       s.statement_no, ?, ?
                from lines l join s on s.dept_id = l.dept_id""",
                m, from, to, from, to, m, now, now);
        jdbc.update("update bill_detail b set statement_no = s.statement_no from (" + open + ") s "
                + "where b.bill_type = 'cust_daily' and b.dept_id = s.dept_id and b.bill_date between ? and ? "
                + "and b.statement_no is distinct from s.statement_no", m, from.toString(), to.toString());
        // the same rules as Statement.applyTotals, for all rebuilt statements at once
        return jdbc.update("""
                update bill_statement s
                set total_amount = t.total, settled_amount = t.settled,
                    can_invoice_amount = case when not s.can_invoice_modified or s.can_invoice_amount > t.total
                                              then t.total else s.can_invoice_amount end,
                    payment_state = case when t.total = 0 or (t.settled + s.payment_amount > 0
                                                              and t.settled + s.payment_amount >= t.total) then 20
                                         when t.settled + s.payment_amount > 0 then 10 else 0 end,
                    update_time = ?, row_version = s.row_version + 1
                from (select s2.id, coalesce(sum(b.total_fee), 0) total, coalesce(sum(b.settled_amount), 0) settled
                      from bill_statement s2
                      left join bill_detail b on b.statement_no = s2.statement_no and b.bill_type = 'cust_monthly'
                                              and not b.removed
                      where s2.bill_date = ? and s2.state = 0 and not s2.lines_edited and not s2.deleted""" + only
                        .replace("dept_id", "s2.dept_id") + """

                      group by s2.id) t
                where t.id = s.id""", now, m);
    }

    /** Totals of a statement from its lines (generated and manual, removed ones excluded). */
    public void recalculate(Statement statement, LocalDateTime now) {
        Map<String, Object> sums = jdbc.queryForMap("""
                select coalesce(sum(total_fee), 0) total, coalesce(sum(settled_amount), 0) settled
                from bill_detail where statement_no = ? and bill_type = 'cust_monthly' and not removed""",
                statement.getStatementNo());
        statement.applyTotals((BigDecimal) sums.get("total"), (BigDecimal) sums.get("settled"), now);
        statements.save(statement);
    }

}
