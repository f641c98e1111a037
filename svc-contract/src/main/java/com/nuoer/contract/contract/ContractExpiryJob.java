package com.nuoer.contract.contract;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: contracts in force whose expireTime passed (by the injected Clock) are marked expired and announced with
 * {@code ContractStateChanged(expired = true)}, so svc-customer treats their products as unsigned again. One
 * instance runs it (ShedLock on the service's own database).
 */
@Component
public class ContractExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ContractExpiryJob.class);

    private final ContractService contracts;

    public ContractExpiryJob(ContractService contracts) {
        this.contracts = contracts;
    }

    @Scheduled(cron = "${nuoer.contract.expiry-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "contract-expiry-check", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        int expired = contracts.expireDue();
        if (expired > 0) {
            log.info("contract expiry check: {} contract(s) expired", expired);
        }
    }
}
