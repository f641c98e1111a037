package com.nuoer.billing.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Month close (flow F6-3): on the 1st at 02:00 (Asia/Shanghai) the previous month's {@code cust_monthly} /
 * {@code source_monthly} roll-ups and one statement {@code 0 待核准} per developer account with usage. Runs once with
 * several instances (ShedLock on the schedule, a transaction-scoped advisory lock around the work for manual runs)
 * and is safe to re-run: statements still {@code 0} are rebuilt to the same numbers, later ones are never touched.
 */
@Component
public class MonthClose {

    private static final Logger log = LoggerFactory.getLogger(MonthClose.class);
    private static final long LOCK_KEY = 0x6E756F65724D4CL; // "nuoerML"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StatementBuilder builder;
    private final Clock clock;

    public MonthClose(JdbcTemplate jdbc, TransactionTemplate tx, StatementBuilder builder, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.builder = builder;
        this.clock = clock;
    }

    /** What one close did. */
    public record Result(String month, int accounts, int statementsBuilt, int sourceRows) {
    }

    /**
     * Every instance fires at the same instant; ShedLock lets one run. {@code lockAtLeastFor} keeps the lock after a
     * fast close, so an instance whose timer fires a little later (clock skew, a busy CPU) does not run it again.
     */
    @Scheduled(cron = "${nuoer.billing.month-close-cron:0 0 2 1 * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "billing-month-close", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    public void scheduled() {
        Result r = closePreviousMonth();
        log.info("month close {}: {} accounts, {} statements built, {} upstream rows", r.month(), r.accounts(),
                r.statementsBuilt(), r.sourceRows());
    }

    /**
     * Catch-up: the close fires once a month, so a close lost to a crash (its transaction rolled back, its ShedLock
     * held until {@code lockAtMostFor}) or to every instance being down at 02:00 would never run. Hourly, after the
     * 1st 02:00, the previous month is closed if it is not yet (same lock name: never beside a running close).
     */
    @Scheduled(cron = "${nuoer.billing.month-close-catch-up-cron:0 17 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "billing-month-close", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    public void catchUp() {
        LocalDateTime now = LocalDateTime.now(clock);
        YearMonth previous = YearMonth.from(now).minusMonths(1);
        if (now.isAfter(YearMonth.from(now).atDay(1).atTime(2, 0)) && !isClosed(previous)) {
            Result r = close(previous);
            log.info("month close {} (catch-up): {} accounts, {} statements built, {} upstream rows", r.month(),
                    r.accounts(), r.statementsBuilt(), r.sourceRows());
        }
    }

    public Result closePreviousMonth() {
        return close(YearMonth.from(LocalDate.now(clock)).minusMonths(1));
    }

    public Result close(YearMonth month) {
        return tx.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            List<Long> depts = jdbc.queryForList("""
                    select distinct dept_id from usage_day where usage_date between ? and ?
                    union
                    select dept_id from bill_statement where bill_date = ? and state = 0 and not deleted
                    order by 1""", Long.class, from, to, month.toString());
            int built = builder.rebuildAll(month, null);
            jdbc.update("delete from bill_detail where bill_type = 'source_monthly' and bill_date = ?",
                    month.toString());
            int sourceRows = jdbc.update("""
                    insert into bill_detail (bill_date, bill_type, dept_id, app_id, check_item, check_item_name,
                                             data_source_id, data_source, data_source_code, check_config_id, count,
                                             free_count, charge_count, price, total_cost, create_date, update_date)
                    select ?, 'source_monthly', dept_id, max(app_id), check_item, max(check_item_name), data_source_id,
                           max(data_source), max(data_source_code), check_config_id, sum(count), 0, sum(charge_count),
                           case when sum(charge_count) > 0 then round(sum(total_cost) / sum(charge_count), 4) else 0 end,
                           sum(total_cost), ?, ?
                    from bill_detail
                    where bill_type = 'source_daily' and bill_date between ? and ?
                    group by dept_id, check_item, data_source_id, check_config_id""",
                    month.toString(), LocalDateTime.now(clock), LocalDateTime.now(clock), from.toString(),
                    to.toString());
            jdbc.update("""
                    insert into billing_close (kind, period, closed_at) values ('MONTH', ?, ?)
                    on conflict (kind, period) do update set closed_at = excluded.closed_at,
                                                             runs = billing_close.runs + 1""",
                    month.toString(), LocalDateTime.now(clock));
            return new Result(month.toString(), depts.size(), built, sourceRows);
        });
    }

    public boolean isClosed(YearMonth month) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from billing_close where kind = 'MONTH' and period = ?)", Boolean.class,
                month.toString()));
    }
}
