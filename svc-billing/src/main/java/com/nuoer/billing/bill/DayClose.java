package com.nuoer.billing.bill;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Day close (flow F6-1/2): at 00:30 (after svc-apicall's final snapshot of T+1 00:10) the previous day's daily
 * bills are marked closed. Usage arriving later still updates them (a correction republishes the day) and
 * recomputes the month's statement while it is {@code 0 待核准}. Idempotent; once per cluster (ShedLock).
 */
@Component
public class DayClose {

    private static final Logger log = LoggerFactory.getLogger(DayClose.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DayClose(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${nuoer.billing.day-close-cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "billing-day-close", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    public void scheduled() {
        LocalDate day = LocalDate.now(clock).minusDays(1);
        log.info("day close {}: {} usage rows closed", day, close(day));
    }

    /** Closes one day; returns the number of usage rows of that day. */
    @Transactional
    public int close(LocalDate day) {
        int rows = jdbc.update("update usage_day set closed = true where usage_date = ? and not closed", day);
        jdbc.update("""
                insert into billing_close (kind, period, closed_at) values ('DAY', ?, ?)
                on conflict (kind, period) do update set closed_at = excluded.closed_at, runs = billing_close.runs + 1""",
                day.toString(), LocalDateTime.now(clock));
        return rows;
    }
}
