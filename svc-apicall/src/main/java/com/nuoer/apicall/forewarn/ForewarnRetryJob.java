package com.nuoer.apicall.forewarn;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends alerts whose contacts could not be resolved when they fired (svc-customer was down): up to 10 tries, 1 day. */
@Component
public class ForewarnRetryJob {

    private final JdbcTemplate jdbc;
    private final ForewarnNotifier notifier;
    private final Clock clock;

    public ForewarnRetryJob(JdbcTemplate jdbc, ForewarnNotifier notifier, Clock clock) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.forewarn.retry-poll:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "apicall.forewarnRetry", lockAtMostFor = "PT5M")
    public void retryPending() {
        List<Long> ids = jdbc.queryForList("""
                select id from forewarn_alert
                where notice_state = 0 and attempts < 10 and fired_at > ?
                order by id limit 100""", Long.class, LocalDateTime.now(clock).minusDays(1));
        ids.forEach(notifier::dispatch);
    }
}
