package com.nuoer.apicall.catalog;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies due pending product state changes. ShedLock keeps the run on one instance at a time; exactly-once per
 * change does not depend on it (see {@link StateChangeService#applyDue}).
 */
@Component
public class StateChangeJob {

    private static final Logger log = LoggerFactory.getLogger(StateChangeJob.class);

    private final StateChangeService service;
    private final Clock clock;

    public StateChangeJob(StateChangeService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.catalog.state-change-poll:PT30S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "apicall.checkItemStateChange", lockAtMostFor = "PT5M")
    public void run() {
        int n = service.applyDue(LocalDateTime.now(clock));
        if (n > 0) {
            log.info("applied {} pending product state change(s)", n);
        }
    }
}
