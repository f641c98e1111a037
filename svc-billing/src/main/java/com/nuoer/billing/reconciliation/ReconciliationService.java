package com.nuoer.billing.reconciliation;

import com.nuoer.billing.reconciliation.PeerFacts.ApicallFacts;
import com.nuoer.billing.reconciliation.PeerFacts.BillingFacts;
import com.nuoer.billing.reconciliation.PeerFacts.WalletFacts;
import com.nuoer.billing.reconciliation.ReconciliationModel.Item;
import com.nuoer.billing.reconciliation.ReconciliationModel.Kind;
import com.nuoer.billing.reconciliation.ReconciliationModel.RunView;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.messaging.ledger.MessagingLedger;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the platform reconciliation: reads the facts (svc-wallet first, then svc-apicall, svc-billing and the
 * messaging ledgers — so a fact of the later reads that the earlier ones cannot know yet is young, i.e. in flight,
 * never a false difference), applies {@link ReconciliationRules}, persists the run, sets the gauge
 * {@code nuoer_reconciliation_differences} and, when anything differs (or a peer did not answer), queues an e-mail to
 * ops through the notification command ({@code SendNotice}).
 */
@Service
public class ReconciliationService {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

    private final ReconciliationPeers peers;
    private final BillingLocalFacts billingFacts;
    private final ReconciliationRuns runs;
    private final ReconciliationProperties properties;
    private final OutboxPublisher outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AtomicLong differences = new AtomicLong();

    public ReconciliationService(ReconciliationPeers peers, BillingLocalFacts billingFacts, ReconciliationRuns runs,
                                 ReconciliationProperties properties, OutboxPublisher outbox, TransactionTemplate tx,
                                 Clock clock, MeterRegistry meters) {
        this.peers = peers;
        this.billingFacts = billingFacts;
        this.runs = runs;
        this.properties = properties;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        Gauge.builder("nuoer_reconciliation_differences", differences, AtomicLong::get)
                .description("differences found by the last reconciliation run").register(meters);
    }

    /** Runs now; answers the persisted run with its checks and findings. */
    public RunView run(String trigger, Long startedBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime since = now.minus(properties.window());
        long runId = runs.start(trigger, now, since, startedBy);
        try {
            ReconciliationModel.Result result = evaluate(now, since);
            runs.finish(runId, result, LocalDateTime.now(clock));
            differences.set(result.differenceCount());
            if (result.differenceCount() > 0) {
                log.warn("reconciliation run {}: {} differences", runId, result.differenceCount());
                alert(runId, result.items().stream().filter(i -> i.kind() == Kind.DIFFERENCE).toList(), null);
            } else {
                log.info("reconciliation run {}: clean ({} in flight)", runId, result.inFlightCount());
            }
        } catch (RuntimeException e) {
            log.error("reconciliation run {} failed", runId, e);
            runs.fail(runId, e.toString(), LocalDateTime.now(clock));
            differences.set(Math.max(1, differences.get()));
            alert(runId, List.of(), e.toString());
        }
        return runs.find(runId).orElseThrow(() -> BizException.notFound("对账记录"));
    }

    /** Reads the facts and compares them (no persistence). */
    public ReconciliationModel.Result evaluate(LocalDateTime now, LocalDateTime since) {
        ReconciliationRules rules = new ReconciliationRules(now, properties.inFlight(), since, properties.edge());
        WalletFacts wallet = ask(rules, "svc-wallet", () -> peers.wallet(since));
        ApicallFacts apicall = ask(rules, "svc-apicall", () -> peers.apicall(since));
        BillingFacts billing = billingFacts.read();
        List<MessagingLedger.Ledger> ledgers = new ArrayList<>();
        for (String service : peers.services()) {
            MessagingLedger.Ledger l = ask(rules, service + " (messaging ledger)", () -> peers.ledger(service, since));
            if (l != null) {
                ledgers.add(l);
            }
        }
        rules.billing(billing);
        if (wallet != null) {
            rules.walletBalances(wallet);
            rules.paymentCredits(billing, wallet);
        }
        if (apicall != null) {
            rules.chargeBatches(apicall);
        }
        if (wallet != null && apicall != null) {
            rules.chargesPaid(apicall, wallet);
            rules.refunds(apicall, wallet);
        }
        Map<ReconciliationRules.Question, List<String>> missing = new LinkedHashMap<>();
        for (ReconciliationRules.Question q : ReconciliationRules.questions(ledgers)) {
            List<String> answer = ask(rules, q.service() + " (inbox of " + q.consumerGroup() + ")",
                    () -> peers.missing(q.service(), q.consumerGroup(), q.ids()));
            if (answer != null) {
                missing.put(q, answer);
            }
        }
        rules.messaging(ledgers, missing);
        return rules.result();
    }

    private static <T> T ask(ReconciliationRules rules, String service, Supplier<T> question) {
        try {
            T answer = question.get();
            rules.reachable(service);
            return answer;
        } catch (RuntimeException e) {
            rules.unreachable(service, e.toString());
            return null;
        }
    }

    private void alert(long runId, List<Item> found, String error) {
        String subject = "[诺尔数据] 对账发现差异 run " + runId + (error != null ? " (failed)" : " (" + found.size() + ")");
        String content = error != null ? "对账运行失败: " + error
                : found.stream().limit(50).map(i -> i.check() + " | " + i.subject() + " | expected " + i.expected()
                        + " | actual " + i.actual() + (i.detail() == null ? "" : " | " + i.detail()))
                        .collect(Collectors.joining("\n"))
                        + (found.size() > 50 ? "\n… " + (found.size() - 50) + " more" : "");
        try {
            tx.executeWithoutResult(s -> outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, runId,
                    new SendNotice(SendNotice.EMAIL, properties.alertEmail(), List.of(), null, null, subject, content,
                            null, null, "crm", "reconciliation:" + runId)));
        } catch (RuntimeException e) {
            log.error("reconciliation alert of run {} not queued: {}", runId, e.toString());
        }
    }

    /** The differences of the last run (the gauge's value). */
    public long lastDifferences() {
        return differences.get();
    }
}
