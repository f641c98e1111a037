package com.nuoer.billing.statement;

import com.nuoer.billing.customer.CustomerDirectory;
import com.nuoer.billing.customer.CustomerDirectory.DeptInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
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
    private final CustomerDirectory customers;
    private final Clock clock;

    public StatementBuilder(JdbcTemplate jdbc, StatementRepository statements, CustomerDirectory customers,
                            Clock clock) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.customers = customers;
        this.clock = clock;
    }

    record PriceAgg(String checkItem, BigDecimal price, long count, LocalDate firstDay) {
    }

    record ItemAgg(String checkItem, String name, String appId, long calls, long free, long charged) {
    }

    /** Rebuilds when allowed; true when a statement was created or rebuilt. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean rebuild(long deptId, YearMonth month) {
        Optional<Statement> existing = statements.findByDeptIdAndBillDate(deptId, month.toString());
        if (existing.isPresent() && !existing.get().isRebuildable()) {
            return false;
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<ItemAgg> items = jdbc.query("""
                select check_item, max(check_item_name) name, max(app_id) app_id, sum(call_count) calls,
                       sum(free_count) free, sum(charge_count) charged
                from usage_day where dept_id = ? and usage_date between ? and ?
                group by check_item order by check_item""",
                (rs, i) -> new ItemAgg(rs.getString("check_item"), rs.getString("name"), rs.getString("app_id"),
                        rs.getLong("calls"), rs.getLong("free"), rs.getLong("charged")),
                deptId, from, to);
        if (items.isEmpty() && existing.isEmpty()) {
            return false;
        }
        Map<String, List<PriceAgg>> prices = new LinkedHashMap<>();
        jdbc.query("""
                select u.check_item, (x ->> 'price')::numeric(18, 4) price, sum((x ->> 'count')::bigint) cnt,
                       min(u.usage_date) first_day
                from usage_day u cross join lateral jsonb_array_elements(u.lines) x
                where u.dept_id = ? and u.usage_date between ? and ?
                group by u.check_item, (x ->> 'price')::numeric(18, 4)
                order by u.check_item, first_day, price""",
                rs -> {
                    prices.computeIfAbsent(rs.getString("check_item"), k -> new ArrayList<>())
                            .add(new PriceAgg(rs.getString("check_item"), rs.getBigDecimal("price"),
                                    rs.getLong("cnt"), rs.getDate("first_day").toLocalDate()));
                }, deptId, from, to);

        LocalDateTime now = LocalDateTime.now(clock);
        DeptInfo dept = customers.dept(deptId).orElse(new DeptInfo(deptId, null, null, null,
                items.isEmpty() ? null : items.get(0).appId(), List.of(), 0, null));
        Statement statement = existing.orElseGet(() -> statements.save(Statement.open(month, deptId,
                dept.organizationId(), dept.userId(), dept.appId() != null ? dept.appId()
                        : items.isEmpty() ? null : items.get(0).appId(),
                dept.overdraftType(), String.join(",", dept.emails()), now)));
        boolean prepaid = statement.getOverdraftType() != 20;

        List<Object[]> rows = new ArrayList<>();
        for (ItemAgg item : items) {
            List<PriceAgg> lines = prices.getOrDefault(item.checkItem(), List.of());
            long uncharged = Math.max(0, item.calls() - item.charged());
            if (lines.isEmpty()) {
                rows.add(row(item, BigDecimal.ZERO.setScale(4), item.calls(), item.free(), 0, prepaid));
                continue;
            }
            boolean first = true;
            for (PriceAgg line : lines) {
                rows.add(row(item, line.price(), line.count() + (first ? uncharged : 0), first ? item.free() : 0,
                        line.count(), prepaid));
                first = false;
            }
        }
        String no = statement.getStatementNo();
        jdbc.update("delete from bill_detail where statement_no = ? and bill_type = 'cust_monthly' and not manual", no);
        String appId = statement.getAppId();
        jdbc.batchUpdate("""
                insert into bill_detail (bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count,
                                         free_count, charge_count, price, total_fee, total_cost, settled_amount,
                                         receivable_amount, statement_no, create_date, update_date)
                values (?, 'cust_monthly', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Object[] r = rows.get(i);
                        ps.setString(1, month.toString());
                        ps.setLong(2, deptId);
                        ps.setString(3, appId);
                        ps.setString(4, (String) r[0]);
                        ps.setString(5, (String) r[1]);
                        ps.setLong(6, (Long) r[2]);
                        ps.setLong(7, (Long) r[3]);
                        ps.setLong(8, (Long) r[4]);
                        ps.setBigDecimal(9, (BigDecimal) r[5]);
                        ps.setBigDecimal(10, (BigDecimal) r[6]);
                        ps.setBigDecimal(11, (BigDecimal) r[7]);
                        ps.setBigDecimal(12, (BigDecimal) r[8]);
                        ps.setString(13, no);
                        ps.setTimestamp(14, Timestamp.valueOf(now));
                        ps.setTimestamp(15, Timestamp.valueOf(now));
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                });
        jdbc.update("""
                update bill_detail set statement_no = ? where bill_type = 'cust_daily' and dept_id = ?
                and bill_date between ? and ? and statement_no is distinct from ?""",
                no, deptId, from.toString(), to.toString(), no);
        recalculate(statement, now);
        return true;
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

    private static Object[] row(ItemAgg item, BigDecimal price, long count, long free, long charged, boolean prepaid) {
        BigDecimal fee = price.multiply(BigDecimal.valueOf(charged)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal settled = prepaid ? fee : BigDecimal.ZERO.setScale(2);
        return new Object[] {item.checkItem(), item.name(), count, free, charged, price, fee, settled,
                fee.subtract(settled)};
    }

    static Date sqlDate(LocalDate d) {
        return Date.valueOf(d);
    }
}
