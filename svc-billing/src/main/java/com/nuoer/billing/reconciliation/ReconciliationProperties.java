package com.nuoer.billing.reconciliation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nuoer.reconciliation.*}: the job's cron (Asia/Shanghai), the in-flight tolerance, the window compared
 * (must stay inside the outbox retention of 7 days), the edge near the cutoff, the services whose messaging ledgers
 * are compared and who receives the ops alert.
 */
@ConfigurationProperties("nuoer.reconciliation")
public record ReconciliationProperties(String cron, Duration inFlight, Duration window, Duration edge,
                                       List<String> services, String alertEmail) {

    public ReconciliationProperties {
        cron = cron == null ? "0 30 3 * * *" : cron;
        inFlight = inFlight == null ? Duration.ofMinutes(2) : inFlight;
        window = window == null ? Duration.ofDays(2) : window;
        if (window.compareTo(Duration.ofDays(6)) > 0) {
            throw new IllegalArgumentException("nuoer.reconciliation.window must stay within the outbox retention (6 days)");
        }
        edge = edge == null ? Duration.ofMinutes(10) : edge;
        services = services == null || services.isEmpty()
                ? List.of("svc-customer", "svc-portal", "svc-billing", "svc-wallet", "svc-apicall", "svc-sales",
                        "svc-contract")
                : List.copyOf(services);
        alertEmail = alertEmail == null ? "ops@nuoerdata.com" : alertEmail;
    }
}
