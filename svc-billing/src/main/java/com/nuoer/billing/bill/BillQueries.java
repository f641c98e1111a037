package com.nuoer.billing.bill;

import com.nuoer.billing.bill.BillDtos.BeeBillQuery;
import com.nuoer.billing.bill.BillDtos.UpstreamQuery;
import com.nuoer.billing.bill.BillDtos.UpstreamStatistics;
import com.nuoer.billing.statement.StatementDtos.BillDetailView;
import com.nuoer.billing.statement.StatementErrors;
import com.nuoer.billing.statement.StatementQueries;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Product (cust_daily / cust_monthly) and upstream (source_daily / source_monthly) bill lists and sums. */
@Component
public class BillQueries {

    private static final String DAY = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    private static final String SELECT = """
            select b.*, coalesce(d.dept_name, c.name) dept_name from bill_detail b
            left join dept_view d on d.dept_id = b.dept_id
            left join customer_view c on c.organization_id = d.organization_id
            """;

    private final JdbcTemplate jdbc;

    public BillQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, List<Object> args) {
    }

    private static void checkDate(String billType, String value, String field) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean daily = billType.endsWith("_daily");
        if (!value.matches(daily ? DAY : MONTH)) {
            throw StatementErrors.BAD_DATE.exception(field + ": " + (daily ? "按日格式应为yyyy-MM-dd" : "按月格式应为yyyy-MM"));
        }
    }

    private Where beeWhere(BeeBillQuery q) {
        checkDate(q.billType(), q.billDateGte(), "billDateGte");
        checkDate(q.billType(), q.billDateLte(), "billDateLte");
        StringBuilder sql = new StringBuilder(" where b.bill_type = ? and not b.removed");
        List<Object> args = new ArrayList<>(List.of(q.billType()));
        range(sql, args, q.billDateGte(), q.billDateLte());
        in(sql, args, "b.dept_id", q.deptIds());
        return new Where(sql.toString(), args);
    }

    private Where upstreamWhere(UpstreamQuery q) {
        checkDate(q.billType(), q.startDate(), "startDate");
        checkDate(q.billType(), q.endDate(), "endDate");
        StringBuilder sql = new StringBuilder(" where b.bill_type = ?");
        List<Object> args = new ArrayList<>(List.of(q.billType()));
        range(sql, args, q.startDate(), q.endDate());
        in(sql, args, "b.data_source_id", q.dataSourceIdList() == null ? null
                : q.dataSourceIdList().stream().map(Long::intValue).toList());
        in(sql, args, "b.check_item", q.checkItemList());
        return new Where(sql.toString(), args);
    }

    private static void range(StringBuilder sql, List<Object> args, String from, String to) {
        if (from != null && !from.isBlank()) {
            sql.append(" and b.bill_date >= ?");
            args.add(from);
        }
        if (to != null && !to.isBlank()) {
            sql.append(" and b.bill_date <= ?");
            args.add(to);
        }
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        sql.append(" and ").append(column).append(" in (")
                .append(String.join(",", Collections.nCopies(values.size(), "?"))).append(")");
        args.addAll(values);
    }

    private PageResult<BillDetailView> page(Where w, PageSlice slice, String order) {
        return slice.run(
                () -> jdbc.queryForObject("select count(*) from bill_detail b" + w.sql(), Long.class,
                        w.args().toArray()),
                (offset, limit) -> {
                    List<Object> args = new ArrayList<>(w.args());
                    args.add(limit);
                    args.add(offset);
                    return jdbc.query(SELECT + w.sql() + order + " limit ? offset ?",
                            (rs, i) -> StatementQueries.detail(rs), args.toArray());
                });
    }

    public PageResult<BillDetailView> beeBills(BeeBillQuery q) {
        return page(beeWhere(q), q.slice(), " order by b.bill_date desc, b.dept_id, b.check_item, b.id");
    }

    public PageResult<BillDetailView> upstreamBills(UpstreamQuery q) {
        return page(upstreamWhere(q), q.slice(), " order by b.bill_date desc, b.data_source_id, b.check_item, b.id");
    }

    public List<BillDetailView> allUpstreamBills(UpstreamQuery q) {
        Where w = upstreamWhere(q);
        List<Object> args = new ArrayList<>(w.args());
        args.add(PageSlice.NON_PAGE_CAP);
        return jdbc.query(SELECT + w.sql() + " order by b.bill_date desc, b.data_source_id, b.check_item, b.id limit ?",
                (rs, i) -> StatementQueries.detail(rs), args.toArray());
    }

    public UpstreamStatistics upstreamStatistics(UpstreamQuery q) {
        Where w = upstreamWhere(q);
        return jdbc.queryForObject("select coalesce(sum(b.count), 0), coalesce(sum(b.total_cost), 0) from bill_detail b"
                + w.sql(), (rs, i) -> new UpstreamStatistics(rs.getLong(1), rs.getBigDecimal(2)), w.args().toArray());
    }
}
