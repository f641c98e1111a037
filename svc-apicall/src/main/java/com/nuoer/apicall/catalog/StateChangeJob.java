package com.nuoer.apicall.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies pending product state changes that svc-customer's scheduler has not applied within a grace period after
 * their effectTime (it normally does, through {@code applyState}). ShedLock keeps the run on one instance at a time;
 * exactly-once per change does not depend on it (see {@link StateChangeService#applyDue}).
 */
@Component
public class StateChangeJob {

    private static final Logger log = LoggerFactory.getLogger(StateChangeJob.class);

    private final StateChangeService service;
    private final Clock clock;

    private final Duration grace;

    public StateChangeJob(StateChangeService service, Clock clock,
                          @Value("${nuoer.apicall.catalog.state-change-grace:PT2M}") Duration grace) {
        this.service = service;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.catalog.state-change-poll:PT30S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "apicall.checkItemStateChange", lockAtMostFor = "PT5M")
    public void run() {
        int n = service.applyDue(LocalDateTime.now(clock).minus(grace));
        if (n > 0) {
            log.info("applied {} pending product state change(s)", n);
        }
    }
}
