package com.nuoer.billing.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.billing.reconciliation.PeerFacts.ApicallFacts;
import com.nuoer.billing.reconciliation.PeerFacts.Batch;
import com.nuoer.billing.reconciliation.PeerFacts.OpenLines;
import com.nuoer.billing.reconciliation.PeerFacts.Orphans;
import com.nuoer.billing.reconciliation.PeerFacts.WalletBalance;
import com.nuoer.billing.reconciliation.PeerFacts.WalletEntry;
import com.nuoer.billing.reconciliation.PeerFacts.WalletFacts;
import com.nuoer.billing.reconciliation.ReconciliationModel.Item;
import com.nuoer.billing.reconciliation.ReconciliationModel.RunView;
import com.nuoer.billing.support.BillingIT;
import com.nuoer.billing.support.FinanceFixtures;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.ledger.MessagingLedger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * svc-billing's reconciliation on its real database with faked peers (the answers of svc-wallet's and svc-apicall's
 * internal endpoints and of the messaging ledgers): svc-billing's own facts are read from its tables, a run is
 * persisted with its findings, a difference queues exactly one ops alert, and the ops endpoints answer the run behind
 * the crm:reconciliation menu. The test database is shared with the other tests, so assertions name their subjects.
 */
class ReconciliationIntegrationTest extends BillingIT {

    @Autowired BillingLocalFacts billingFacts;
    @Autowired ReconciliationRuns runs;
    @Autowired ReconciliationProperties properties;
    @Autowired OutboxPublisher outbox;
    @Autowired TransactionTemplate tx;
    @Autowired MessagingLedger localLedger;

    /** Peers answering fixed facts; svc-billing's own ledger is the real one. */
    class FakePeers implements ReconciliationPeers {
        WalletFacts wallet;
        ApicallFacts apicall;
        final List<String> asked = new ArrayList<>();

        @Override
        public List<String> services() {
            return List.of("svc-billing");
        }

        @Override
        public WalletFacts wallet(LocalDateTime since) {
            asked.add("wallet");
            return wallet;
        }

        @Override
        public ApicallFacts apicall(LocalDateTime since) {
            asked.add("apicall");
            return apicall;
        }

        @Override
        public MessagingLedger.Ledger ledger(String service, LocalDateTime since) {
            return localLedger.ledger(since);
        }

        @Override
        public List<String> missing(String service, String consumerGroup, List<String> eventIds) {
            return localLedger.missing(consumerGroup, eventIds);
        }
    }

    private ReconciliationService service(FakePeers peers) {
        return new ReconciliationService(peers, billingFacts, runs, properties, outbox, tx, clock,
                new SimpleMeterRegistry());
    }

    private static List<Item> of(RunView run, String subject) {
        return run.differences().stream().filter(i -> i.subject().equals(subject)).toList();
    }

    @Test
    void findingsArePersistedAlertedAndServedToOps() {
        FinanceFixtures f = new FinanceFixtures(jdbc);
        long broken = f.statement(YearMonth.of(2031, 1), 20, "100.00", "0");
        String statementNo = f.no(broken);
        LocalDateTime now = LocalDateTime.now(clock);
        String batchNo = "CB" + now.minusMinutes(30).format(java.time.format.DateTimeFormatter.ofPattern(
                "yyyyMMddHHmmss")) + "000001W" + f.org;
        FakePeers peers = new FakePeers();
        peers.wallet = new WalletFacts(now.minusDays(2), now,
                List.of(new WalletBalance(f.org, f.org, new BigDecimal("9.00"), new BigDecimal("10.00"),
                        new BigDecimal("1.00"), 2L, new BigDecimal("9.00"), null, false)),
                List.of(new WalletEntry(batchNo, f.org, f.org, "flow", new BigDecimal("1.00"), now.minusMinutes(29))),
                List.of(), List.of());
        Orphans none = new Orphans(0L, List.of());
        peers.apicall = new ApicallFacts(now.minusDays(2), now, List.of(new Batch(batchNo, f.org, f.org,
                new BigDecimal("1.00"), 4, new BigDecimal("1.00"), 4, now.minusMinutes(30), "relayed")),
                new OpenLines(0L, BigDecimal.ZERO, null), none, none, none, List.of());

        RunView run = service(peers).run("manual", 1L);

        assertThat(peers.asked).containsExactly("wallet", "apicall"); // svc-wallet first: see ReconciliationService
        assertThat(of(run, "statement " + statementNo)).singleElement().satisfies(d -> {
            assertThat(d.check()).isEqualTo(ReconciliationRules.STATEMENT_LINES);
            assertThat(d.expected()).isEqualTo("0.00");
            assertThat(d.actual()).isEqualTo("100.00");
        });
        assertThat(of(run, "wallet " + f.org)).isEmpty();
        assertThat(of(run, "batch " + batchNo)).isEmpty();
        assertThat(run.checks()).extracting(ReconciliationModel.Check::code).contains(
                ReconciliationRules.WALLET_BALANCE, ReconciliationRules.CHARGE_WALLET, ReconciliationRules.MESSAGING);
        assertThat(run.state()).isEqualTo("differences");
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'SendNotice' "
                + "and payload ->> 'bizKey' = ?", Long.class, "reconciliation:" + run.runId())).isEqualTo(1L);

        // the wallet now differs by 0.01 and the batch was applied twice: both reported, nothing else about them
        peers.wallet = new WalletFacts(now.minusDays(2), now,
                List.of(new WalletBalance(f.org, f.org, new BigDecimal("9.01"), new BigDecimal("10.00"),
                        new BigDecimal("1.00"), 2L, new BigDecimal("9.00"), null, false)),
                List.of(new WalletEntry(batchNo, f.org, f.org, "flow", new BigDecimal("1.00"), now.minusMinutes(29)),
                        new WalletEntry(batchNo, f.org + 1, f.org, "arrears", new BigDecimal("1.00"),
                                now.minusMinutes(29))), List.of(), List.of());
        RunView second = service(peers).run("manual", 1L);
        assertThat(of(second, "wallet " + f.org)).singleElement()
                .satisfies(d -> assertThat(d.actual()).isEqualTo("9.01"));
        assertThat(of(second, "batch " + batchNo)).singleElement()
                .satisfies(d -> assertThat(d.actual()).isEqualTo("2 times"));

        // a peer that does not answer is a difference of its own, the run still completes
        peers.wallet = null;
        FakePeers down = new FakePeers() {
            @Override
            public WalletFacts wallet(LocalDateTime since) {
                throw new IllegalStateException("svc-wallet down");
            }
        };
        down.apicall = peers.apicall;
        RunView third = service(down).run("manual", 1L);
        assertThat(of(third, "svc-wallet")).singleElement()
                .satisfies(d -> assertThat(d.check()).isEqualTo(ReconciliationRules.PEERS));

        // ops read the runs behind the menu
        Caller ops = caller(Map.of("appcode", "crm", "userId", 1, "roles", List.of("finance"),
                "menus", List.of("crm:reconciliation")));
        JsonNode one = ops.get("/mt/crm/reconciliation/" + second.runId());
        assertThat(one.path("code").asInt()).as(one.toString()).isZero();
        assertThat(one.path("data").path("differenceCount").asInt()).isEqualTo(second.differenceCount());
        JsonNode list = ops.post("/mt/crm/reconciliation/list", Map.of("pageNo", 1, "pageSize", 3));
        assertThat(list.path("code").asInt()).as(list.toString()).isZero();
        assertThat(list.path("data").path("results").get(0).path("runId").asLong()).isEqualTo(third.runId());
        assertThat(ops.get("/mt/crm/reconciliation/99999999").path("httpStatus").asInt()).isEqualTo(404);
        assertThat(ops.post("/mt/crm/reconciliation/list", Map.of("state", "bogus")).path("httpStatus").asInt())
                .isEqualTo(400);
        assertThat(ops01().get("/mt/crm/reconciliation/" + second.runId()).path("code").asInt()).isNotZero();
    }
}
