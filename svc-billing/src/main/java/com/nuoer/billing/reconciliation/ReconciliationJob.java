package com.nuoer.billing.reconciliation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily reconciliation (03:30 Asia/Shanghai unless {@code nuoer.reconciliation.cron} says otherwise), one instance. */
@Component
@EnableConfigurationProperties(ReconciliationProperties.class)
public class ReconciliationJob {

    private final ReconciliationService service;

    public ReconciliationJob(ReconciliationService service) {
        this.service = service;
    }

    @Scheduled(cron = "${nuoer.reconciliation.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "billing-reconciliation", lockAtMostFor = "PT30M")
    public void scheduled() {
        service.run("job", null);
    }
}
