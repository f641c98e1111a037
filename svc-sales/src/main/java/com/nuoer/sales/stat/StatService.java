package com.nuoer.sales.stat;

import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.common.messaging.events.UsageAggregated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the SalesStat read model (flow F13). Inputs are kept as received — the latest usage snapshot per
 * (day, dept, product) and each approved payment once — and the sales_stat rows of a key are always recomputed
 * from them, so a redelivered or re-ordered event never adds twice and {@link #replayAll()} rebuilds everything.
 */
@Service
public class StatService {

    private static final Logger log = LoggerFactory.getLogger(StatService.class);

    private final JdbcTemplate jdbc;

    public StatService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** UsageAggregated: stores the snapshot when its version is newer, then recomputes the key's stat rows. */
    @Transactional
    public boolean onUsage(UsageAggregated u) {
        if (u.usageDate() == null || u.deptId() == null || u.checkItem() == null) {
            log.warn("usage snapshot without key ignored: {}", u);
            return false;
        }
        Long org = u.organizationId() != null ? u.organizationId() : jdbc.queryForList(
                "select organization_id from dept_view where dept_id = ?", Long.class, u.deptId()).stream()
                .findFirst().orElse(null);
        int changed = jdbc.update("""
                insert into usage_snapshot (usage_date, dept_id, check_item, organization_id, check_item_name,
                                            call_count, charge_count, fee, closed, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (usage_date, dept_id, check_item) do update set organization_id = excluded.organization_id,
                    check_item_name = excluded.check_item_name, call_count = excluded.call_count,
                    charge_count = excluded.charge_count, fee = excluded.fee, closed = excluded.closed,
                    version = excluded.version, received_at = now()
                where usage_snapshot.version < excluded.version""",
                u.usageDate(), u.deptId(), u.checkItem(), org, u.checkItemName(), u.callCount(), u.chargeCount(),
                u.fee() == null ? BigDecimal.ZERO : u.fee(), u.closed(), u.version());
        if (changed == 0) {
            log.debug("usage snapshot {}:{}:{} v{} is not newer, ignored", u.usageDate(), u.deptId(), u.checkItem(),
                    u.version());
            return false;
        }
        recomputeKey(u.usageDate(), u.deptId(), u.checkItem());
        return true;
    }

    /** PaymentApproved: counted once per paymentNo. */
    @Transactional
    public boolean onPayment(PaymentApproved p) {
        int inserted = jdbc.update("""
                insert into payment_record (payment_no, customer_id, salesman_id, amount, royalty_rate, royalty_amount,
                                            payment_date)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (payment_no) do nothing""",
                p.paymentNo(), p.customerId(), salesmanOfPayment(p.customerId(), p.salesmanId(), p.paymentDate()),
                p.amount(), p.royaltyRate(), p.royaltyAmount(),
                p.paymentDate() != null ? p.paymentDate() : p.auditTime().toLocalDate());
        if (inserted == 0) {
            return false;
        }
        addPayment(p.paymentNo());
        return true;
    }

    /** Recomputes every usage row of a customer from {@code from} on (after an assignment or royalty change). */
    @Transactional
    public void rebuildCustomer(long customerId, LocalDate from) {
        List<Map<String, Object>> keys = jdbc.queryForList("""
                select usage_date, dept_id, check_item from usage_snapshot
                where usage_date >= ? and (organization_id = ?
                      or dept_id in (select dept_id from dept_view where organization_id = ?))""",
                from, customerId, customerId);
        for (Map<String, Object> k : keys) {
            recomputeKey(((java.sql.Date) k.get("usage_date")).toLocalDate(), (Long) k.get("dept_id"),
                    (String) k.get("check_item"));
        }
    }

    /** Rebuilds sales_stat from scratch out of the stored snapshots and payments; returns the rows written. */
    @Transactional
    public long replayAll() {
        jdbc.update("delete from sales_stat");
        List<Map<String, Object>> keys = jdbc.queryForList(
                "select usage_date, dept_id, check_item from usage_snapshot order by usage_date");
        for (Map<String, Object> k : keys) {
            recomputeKey(((java.sql.Date) k.get("usage_date")).toLocalDate(), (Long) k.get("dept_id"),
                    (String) k.get("check_item"));
        }
        for (String paymentNo : jdbc.queryForList("select payment_no from payment_record order by payment_date",
                String.class)) {
            addPayment(paymentNo);
        }
        Long rows = jdbc.queryForObject("select count(*) from sales_stat", Long.class);
        log.info("sales_stat rebuilt: {} usage keys, {} rows", keys.size(), rows);
        return rows == null ? 0 : rows;
    }

    // ------------------------------------------------------------------ internals

    /**
     * Recomputes the stat rows of one usage key. A spreader royalty counts from its effect month; once invalidated
     * (removed by crm, handed over) it still counts for the months before the month it was invalidated in, so past
     * royalties are never clawed back and a replay gives the same figures as the incremental path.
     */
    private void recomputeKey(LocalDate date, long deptId, String checkItem) {
        jdbc.update("delete from sales_stat where statistics_date = ? and dept_id = ? and check_item = ?", date, deptId,
                checkItem);
        Map<String, Object> snap = jdbc.queryForList("""
                select s.*, coalesce(s.organization_id, d.organization_id) as org
                from usage_snapshot s left join dept_view d on d.dept_id = s.dept_id
                where s.usage_date = ? and s.dept_id = ? and s.check_item = ?""", date, deptId, checkItem)
                .stream().findFirst().orElse(null);
        if (snap == null || snap.get("org") == null) {
            return;
        }
        long org = (Long) snap.get("org");
        BigDecimal fee = (BigDecimal) snap.get("fee");
        long charge = (Long) snap.get("charge_count");
        long calls = (Long) snap.get("call_count");
        String month = YearMonth.from(date).toString();
        jdbc.queryForList("""
                select salesman_id, royalty_rate from customer_maintain
                where customer_id = ? and effect_month <= ? and salesman_id is not null
                order by effect_month desc, assign_time desc, id desc limit 1""", org, month)
                .stream().findFirst().ifPresent(m -> {
                    BigDecimal rate = (BigDecimal) m.get("royalty_rate");
                    insertRow(date, (Long) m.get("salesman_id"), org, deptId, checkItem, "inner", fee, charge, calls,
                            rate == null ? BigDecimal.ZERO : fee.multiply(rate));
                });
        for (Map<String, Object> r : jdbc.queryForList("""
                select spreader_id, royalty_type, royalty_price, royalty_rate from spreader_royalty
                where dept_id = ? and check_item = ? and effect_month <= ?
                  and (state = 'VALID' or to_char(modify_time, 'YYYY-MM') > ?)""",
                deptId, checkItem, month, month)) {
            BigDecimal royalty = "PRICE".equals(r.get("royalty_type"))
                    ? nz((BigDecimal) r.get("royalty_price")).multiply(BigDecimal.valueOf(charge))
                    : fee.multiply(nz((BigDecimal) r.get("royalty_rate")));
            insertRow(date, (Long) r.get("spreader_id"), org, deptId, checkItem, "outer", fee, charge, calls, royalty);
        }
    }

    private void insertRow(LocalDate date, long salesmanId, long customerId, long deptId, String checkItem,
                           String roleType, BigDecimal fee, long charge, long calls, BigDecimal royalty) {
        jdbc.update("""
                insert into sales_stat (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type,
                                        sales_amount, charge_calls, call_count, royalty_amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type) do update
                set sales_amount = excluded.sales_amount, charge_calls = excluded.charge_calls,
                    call_count = excluded.call_count, royalty_amount = excluded.royalty_amount""",
                date, salesmanId, customerId, deptId, checkItem, roleType, fee, charge, calls,
                royalty.setScale(2, RoundingMode.HALF_UP));
    }

    private void addPayment(String paymentNo) {
        Map<String, Object> p = jdbc.queryForMap("select * from payment_record where payment_no = ?", paymentNo);
        if (p.get("salesman_id") == null) {
            return;
        }
        jdbc.update("""
                insert into sales_stat (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type,
                                        payment_amount, payment_royalty_amount)
                values (?, ?, ?, 0, '', 'inner', ?, ?)
                on conflict (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type) do update
                set payment_amount = sales_stat.payment_amount + excluded.payment_amount,
                    payment_royalty_amount = sales_stat.payment_royalty_amount + excluded.payment_royalty_amount""",
                p.get("payment_date"), p.get("salesman_id"), p.get("customer_id"), p.get("amount"),
                nz((BigDecimal) p.get("royalty_amount")));
    }

    private Long salesmanOfPayment(Long customerId, Long salesmanId, LocalDate date) {
        if (salesmanId != null) {
            return salesmanId;
        }
        String month = YearMonth.from(date == null ? LocalDate.now() : date).toString();
        return jdbc.queryForList("""
                select salesman_id from customer_maintain where customer_id = ? and effect_month <= ?
                and salesman_id is not null order by effect_month desc, assign_time desc, id desc limit 1""",
                Long.class, customerId, month).stream().findFirst().orElse(null);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
