package com.nuoer.billing.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.billing.customer.CustomerDirectory;
import com.nuoer.billing.statement.MonthClose;
import com.nuoer.billing.statement.StatementBuilder;
import com.nuoer.common.messaging.events.UsageAggregated;
import com.nuoer.common.messaging.events.UsageAggregated.PriceLine;
import com.nuoer.common.messaging.events.UsageAggregated.UpstreamUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies {@link UsageAggregated} snapshots (the only source of usage): the snapshot with the highest version per
 * (day, developer account, product) wins — duplicates and older snapshots change nothing. A newer one rewrites the
 * day's {@code cust_daily} row and its {@code source_daily} rows, and, if that month is already closed, rebuilds
 * the month's statement while it is still {@code 0 待核准}.
 */
@Service
public class UsageIngestion {

    private static final Logger log = LoggerFactory.getLogger(UsageIngestion.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final CustomerDirectory customers;
    private final StatementBuilder statements;
    private final MonthClose monthClose;
    private final Clock clock;

    public UsageIngestion(JdbcTemplate jdbc, ObjectMapper json, CustomerDirectory customers,
                          StatementBuilder statements, MonthClose monthClose, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.customers = customers;
        this.statements = statements;
        this.monthClose = monthClose;
        this.clock = clock;
    }

    /** True when the snapshot was newer than what we held and has been applied. */
    @Transactional
    public boolean apply(UsageAggregated e) {
        if (e.usageDate() == null || e.deptId() == null || e.checkItem() == null) {
            log.warn("usage snapshot without key dropped: {}", e);
            return false;
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        long charged = 0;
        BigDecimal fee = BigDecimal.ZERO;
        for (PriceLine l : e.lines() == null ? List.<PriceLine>of() : e.lines()) {
            if (l.price() == null || l.count() <= 0) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("price", l.price().setScale(4, RoundingMode.HALF_UP));
            m.put("count", l.count());
            lines.add(m);
            charged += l.count();
            fee = fee.add(l.price().multiply(BigDecimal.valueOf(l.count())));
        }
        fee = fee.setScale(2, RoundingMode.HALF_UP);
        LocalDateTime now = LocalDateTime.now(clock);
        int applied = jdbc.update("""
                insert into usage_day (usage_date, dept_id, check_item, check_item_name, app_id, organization_id,
                                       user_id, call_count, success_count, cache_count, free_count, charge_count, fee,
                                       lines, upstreams, version, closed, aggregated_at, update_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?)
                on conflict (usage_date, dept_id, check_item) do update
                set check_item_name = excluded.check_item_name, app_id = excluded.app_id,
                    organization_id = excluded.organization_id, user_id = excluded.user_id,
                    call_count = excluded.call_count, success_count = excluded.success_count,
                    cache_count = excluded.cache_count, free_count = excluded.free_count,
                    charge_count = excluded.charge_count, fee = excluded.fee, lines = excluded.lines,
                    upstreams = excluded.upstreams, version = excluded.version,
                    closed = usage_day.closed or excluded.closed, aggregated_at = excluded.aggregated_at,
                    update_time = excluded.update_time
                where usage_day.version < excluded.version""",
                e.usageDate(), e.deptId(), e.checkItem(), e.checkItemName(), e.appId(), e.organizationId(),
                e.userId(), e.callCount(), e.successCount(), e.cacheCount(), e.freeCount(), charged, fee,
                write(lines), write(e.upstreams() == null ? List.of() : e.upstreams()), e.version(), e.closed(),
                e.aggregatedAt(), now);
        if (applied == 0) {
            log.debug("usage snapshot {}:{}:{} v{} is not newer, ignored", e.usageDate(), e.deptId(), e.checkItem(),
                    e.version());
            return false;
        }
        customers.ensureDept(e.deptId(), e.organizationId(), e.userId(), e.appId());
        int overdraftType = customers.dept(e.deptId()).map(CustomerDirectory.DeptInfo::overdraftType).orElse(0);
        BigDecimal price = charged == 0 ? BigDecimal.ZERO
                : lines.size() == 1 ? (BigDecimal) lines.get(0).get("price")
                : fee.divide(BigDecimal.valueOf(charged), 4, RoundingMode.HALF_UP);
        BigDecimal settled = overdraftType == 20 ? BigDecimal.ZERO : fee;
        String day = e.usageDate().toString();
        jdbc.update("""
                insert into bill_detail (bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count,
                                         free_count, charge_count, price, total_fee, total_cost, settled_amount,
                                         receivable_amount, create_date, update_date)
                values (?, 'cust_daily', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (bill_date, dept_id, check_item) where bill_type = 'cust_daily' do update
                set app_id = excluded.app_id, check_item_name = excluded.check_item_name, count = excluded.count,
                    free_count = excluded.free_count, charge_count = excluded.charge_count, price = excluded.price,
                    total_fee = excluded.total_fee, total_cost = excluded.total_cost,
                    settled_amount = excluded.settled_amount, receivable_amount = excluded.receivable_amount,
                    update_date = excluded.update_date""",
                day, e.deptId(), e.appId(), e.checkItem(), e.checkItemName(), e.callCount(), e.freeCount(), charged,
                price, fee, upstreamCost(e), settled, fee.subtract(settled), now, now);
        jdbc.update("delete from bill_detail where bill_type = 'source_daily' and bill_date = ? and dept_id = ? "
                + "and check_item = ?", day, e.deptId(), e.checkItem());
        for (UpstreamUsage u : e.upstreams() == null ? List.<UpstreamUsage>of() : e.upstreams()) {
            BigDecimal cost = u.cost() == null ? BigDecimal.ZERO : u.cost();
            jdbc.update("""
                    insert into bill_detail (bill_date, bill_type, dept_id, app_id, check_item, check_item_name,
                                             data_source_id, data_source, data_source_code, check_config_id, count,
                                             charge_count, price, total_cost, create_date, update_date)
                    values (?, 'source_daily', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    day, e.deptId(), e.appId(), e.checkItem(), e.checkItemName(),
                    u.dataSourceId() == null ? null : u.dataSourceId().intValue(), u.dataSourceName(),
                    u.dataSourceCode(), u.upstreamConfigId() == null ? null : u.upstreamConfigId().intValue(),
                    u.count(), u.feeCount(), u.feeCount() > 0
                            ? cost.divide(BigDecimal.valueOf(u.feeCount()), 4, RoundingMode.HALF_UP) : BigDecimal.ZERO,
                    cost, now, now);
        }
        YearMonth month = YearMonth.from(e.usageDate());
        if (monthClose.isClosed(month)) {
            boolean rebuilt = statements.rebuild(e.deptId(), month);
            log.info("late usage {}:{}:{} v{} for closed month {}: statement {}", e.usageDate(), e.deptId(),
                    e.checkItem(), e.version(), month, rebuilt ? "rebuilt" : "not open any more, left unchanged");
        }
        return true;
    }

    private static BigDecimal upstreamCost(UsageAggregated e) {
        BigDecimal sum = BigDecimal.ZERO;
        for (UpstreamUsage u : e.upstreams() == null ? List.<UpstreamUsage>of() : e.upstreams()) {
            if (u.cost() != null) {
                sum = sum.add(u.cost());
            }
        }
        return sum;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
