package com.nuoer.billing.reconciliation;

import com.nuoer.billing.reconciliation.PeerFacts.ApicallFacts;
import com.nuoer.billing.reconciliation.PeerFacts.WalletFacts;
import com.nuoer.common.feign.Remote;
import com.nuoer.common.messaging.ledger.MessagingLedger;
import com.nuoer.common.web.ApiResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The peers over OpenFeign (signed service identity); svc-billing's own ledger is read in-process. */
@Component
public class RemoteReconciliationPeers implements ReconciliationPeers {

    /** Built per service name ({@link FeignClientBuilder}); contextId {@code reconciliationLedger-<service>}. */
    public interface LedgerClient {
        @GetMapping
        ApiResponse<MessagingLedger.Ledger> ledger(
                @RequestParam("since") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since);

        @PostMapping("/missing")
        ApiResponse<List<String>> missing(@RequestBody MessagingLedger.MissingQuery query);
    }

    private final WalletReconciliationClient wallet;
    private final ApicallReconciliationClient apicall;
    private final MessagingLedger local;
    private final ReconciliationProperties properties;
    private final String self;
    private final FeignClientBuilder builder;
    private final Map<String, LedgerClient> ledgers = new ConcurrentHashMap<>();

    public RemoteReconciliationPeers(WalletReconciliationClient wallet, ApicallReconciliationClient apicall, MessagingLedger local,
                                     ReconciliationProperties properties, ApplicationContext context) {
        this.wallet = wallet;
        this.apicall = apicall;
        this.local = local;
        this.properties = properties;
        this.self = context.getEnvironment().getProperty("spring.application.name", "svc-billing");
        this.builder = new FeignClientBuilder(context);
    }

    @Override
    public List<String> services() {
        return properties.services();
    }

    @Override
    public WalletFacts wallet(LocalDateTime since) {
        return Remote.data("svc-wallet", wallet.reconciliation(since));
    }

    @Override
    public ApicallFacts apicall(LocalDateTime since) {
        return Remote.data("svc-apicall", apicall.reconciliation(since));
    }

    @Override
    public MessagingLedger.Ledger ledger(String service, LocalDateTime since) {
        if (service.equals(self)) {
            return local.ledger(since);
        }
        return Remote.data(service, client(service).ledger(since));
    }

    @Override
    public List<String> missing(String service, String consumerGroup, List<String> eventIds) {
        if (service.equals(self)) {
            return local.missing(consumerGroup, eventIds);
        }
        return Remote.data(service, client(service).missing(new MessagingLedger.MissingQuery(consumerGroup, eventIds)));
    }

    private LedgerClient client(String service) {
        return ledgers.computeIfAbsent(service, s -> builder.forType(LedgerClient.class, s)
                .contextId("reconciliationLedger-" + s).path("/internal/messaging/ledger").build());
    }
}
