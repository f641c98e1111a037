package com.nuoer.apicall.record;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly partitions of api_record / upstream_record ahead of time: this month and the next two exist
 * after start-up and every day (the default partition only catches what slipped through).
 */
@Component
public class RecordPartitions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RecordPartitions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        ensureAhead();
    }

    @Scheduled(cron = "0 5 3 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "apicall.recordPartitions", lockAtMostFor = "PT10M")
    public void daily() {
        ensureAhead();
    }

    public void ensureAhead() {
        LocalDate today = LocalDate.now(clock);
        for (int m = 0; m <= 2; m++) {
            jdbc.queryForList("select api_record_ensure_partition(?)", Date.valueOf(today.plusMonths(m)));
        }
    }
}
