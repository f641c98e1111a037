package com.nuoer.billing.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.billing.reconciliation.PeerFacts.ApicallFacts;
import com.nuoer.billing.reconciliation.PeerFacts.Batch;
import com.nuoer.billing.reconciliation.PeerFacts.BillingFacts;
import com.nuoer.billing.reconciliation.PeerFacts.Correction;
import com.nuoer.billing.reconciliation.PeerFacts.InvoiceFacts;
import com.nuoer.billing.reconciliation.PeerFacts.OpenLines;
import com.nuoer.billing.reconciliation.PeerFacts.Orphans;
import com.nuoer.billing.reconciliation.PeerFacts.PaymentFacts;
import com.nuoer.billing.reconciliation.PeerFacts.StatementFacts;
import com.nuoer.billing.reconciliation.PeerFacts.WalletBalance;
import com.nuoer.billing.reconciliation.PeerFacts.WalletEntry;
import com.nuoer.billing.reconciliation.PeerFacts.WalletFacts;
import com.nuoer.billing.reconciliation.ReconciliationModel.Item;
import com.nuoer.billing.reconciliation.ReconciliationModel.Kind;
import com.nuoer.common.messaging.ledger.MessagingLedger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 3, 30);
    static final LocalDateTime SINCE = NOW.minusDays(2);
    static final LocalDateTime OLD = NOW.minusHours(1);
    static final LocalDateTime YOUNG = NOW.minusSeconds(30);

    static BigDecimal m(String v) {
        return new BigDecimal(v);
    }

    static ReconciliationRules rules() {
        return new ReconciliationRules(NOW, Duration.ofMinutes(2), SINCE, Duration.ofMinutes(10));
    }

    static WalletBalance wallet(long id, String balance, String in, String out, String last) {
        return new WalletBalance(id, id, m(balance), m(in), m(out), 3L, last == null ? null : m(last), null, false);
    }

    static WalletFacts walletFacts(List<WalletBalance> wallets, List<WalletEntry> charges, List<WalletEntry> refunds,
                                   List<WalletEntry> credits) {
        return new WalletFacts(SINCE, NOW, wallets, charges, refunds, credits);
    }

    static ApicallFacts apicall(List<Batch> batches, List<Correction> corrections) {
        Orphans none = new Orphans(0L, List.of());
        return new ApicallFacts(SINCE, NOW, batches, new OpenLines(0L, BigDecimal.ZERO, null), none, none, none,
                corrections);
    }

    static Batch batch(String no, String fee, LocalDateTime at, String event) {
        return new Batch(no, 1L, 1L, m(fee), 2, m(fee), 2, at, event);
    }

    static WalletEntry entry(String no, String amount, LocalDateTime at) {
        return new WalletEntry(no, 1L, 1L, "flow", m(amount), at);
    }

    static List<Item> differences(ReconciliationRules r) {
        return r.result().items().stream().filter(i -> i.kind() == Kind.DIFFERENCE).toList();
    }

    static List<Item> inFlight(ReconciliationRules r) {
        return r.result().items().stream().filter(i -> i.kind() == Kind.IN_FLIGHT).toList();
    }

    @Test
    void walletBalanceMustEqualItsFlowsAndItsLastAfterBalance() {
        ReconciliationRules r = rules();
        r.walletBalances(walletFacts(List.of(wallet(1, "80.00", "100.00", "20.00", "80.00"),
                wallet(2, "80.01", "100.00", "20.00", "80.00"),
                wallet(3, "80.00", "100.00", "20.00", "79.00")), List.of(), List.of(), List.of()));
        assertThat(differences(r)).extracting(Item::subject).containsExactly("wallet 2", "wallet 3");
        assertThat(differences(r).get(0).expected()).isEqualTo("80.00");
        assertThat(differences(r).get(0).actual()).isEqualTo("80.01");
        assertThat(r.result().checks().stream().filter(c -> c.code().equals("WALLET_BALANCE")).findFirst().orElseThrow()
                .checked()).isEqualTo(3);
    }

    @Test
    void everyPublishedBatchIsPaidOnceWithItsAmountYoungOnesAreInFlight() {
        String paid = "CB20261129032000000001W1";
        String wrong = "CB20261129032000000002W1";
        String missing = "CB20261129032000000003W1";
        String young = "CB20261129032900000004W1";
        String pending = "CB20261129032000000005W1";
        String never = "CB2026112903200003000006W1"; // with the node id of the batching instance (03)
        String history = "CBDEMO20261128";
        ReconciliationRules r = rules();
        r.chargesPaid(apicall(List.of(batch(paid, "1.20", OLD, "relayed"), batch(wrong, "2.00", OLD, "relayed"),
                        batch(missing, "3.00", OLD, "relayed"), batch(young, "4.00", YOUNG, "relayed"),
                        batch(pending, "5.00", OLD, "pending"), batch(never, "6.00", OLD, "none"),
                        batch(history, "7.00", OLD, "none")), List.of()),
                walletFacts(List.of(), List.of(entry(paid, "1.20", OLD), entry(wrong, "2.10", OLD),
                        entry("CB20261129031000000009W1", "9.00", OLD),
                        entry("CB20261127033500000010W1", "10.00", SINCE.plusMinutes(5))), List.of(), List.of()));
        assertThat(differences(r)).extracting(Item::subject).containsExactly("batch CB20261129031000000009W1",
                "batch " + wrong, "batch " + missing, "batch " + never);
        assertThat(inFlight(r)).extracting(Item::subject).containsExactly("batch " + pending, "batch " + young);
    }

    @Test
    void aBatchAppliedTwiceIsADifference() {
        String no = "CB20261129032000000001W1";
        ReconciliationRules r = rules();
        r.chargesPaid(apicall(List.of(batch(no, "1.00", OLD, "relayed")), List.of()),
                walletFacts(List.of(), List.of(entry(no, "1.00", OLD), new WalletEntry(no, 2L, 1L, "arrears",
                        m("1.00"), OLD)), List.of(), List.of()));
        assertThat(differences(r)).singleElement().satisfies(i -> assertThat(i.actual()).isEqualTo("2 times"));
    }

    @Test
    void batchesMustEqualTheirLinesAndOrphansAreDifferences() {
        ReconciliationRules r = rules();
        Orphans none = new Orphans(0L, List.of());
        r.chargeBatches(new ApicallFacts(SINCE, NOW, List.of(
                new Batch("CB1", 1L, 1L, m("1.00"), 2, m("1.00"), 2, OLD, "relayed"),
                new Batch("CB2", 1L, 1L, m("1.00"), 2, m("0.60"), 1, OLD, "relayed")),
                new OpenLines(3L, m("0.75"), YOUNG), new Orphans(1L, List.of("S1")), none, none, List.of()));
        assertThat(differences(r)).extracting(Item::subject)
                .containsExactly("batch CB2", "charged call records without a charge line");
        assertThat(inFlight(r)).extracting(Item::subject).containsExactly("charge lines not batched yet");

        ReconciliationRules stuck = rules();
        stuck.chargeBatches(new ApicallFacts(SINCE, NOW, List.of(), new OpenLines(3L, m("0.75"), OLD), none, none,
                none, List.of()));
        assertThat(differences(stuck)).extracting(Item::subject).containsExactly("charge lines not batched yet");
    }

    @Test
    void loweredFeesAreRefundedOnceExceptForMonthlyWallets() {
        ReconciliationRules r = rules();
        WalletBalance monthly = new WalletBalance(7L, 70L, m("0"), m("0"), m("0"), 0L, null, null, true);
        r.refunds(apicall(List.of(), List.of(
                        new Correction("S1:1", "S1", 1, 1L, 1L, m("0.20"), OLD),
                        new Correction("S2:1", "S2", 1, 1L, 1L, m("0.20"), OLD),
                        new Correction("S3:1", "S3", 1, 1L, 1L, m("0.20"), YOUNG),
                        new Correction("S4:1", "S4", 1, 7L, 70L, m("0.20"), OLD))),
                walletFacts(List.of(monthly), List.of(), List.of(entry("S1:1", "0.20", OLD),
                        entry("S9:2", "0.30", OLD)), List.of()));
        assertThat(differences(r)).extracting(Item::subject).containsExactly("correction S2:1", "refund S9:2");
        assertThat(inFlight(r)).extracting(Item::subject).containsExactly("correction S3:1");
    }

    @Test
    void billingTotalsMustEqualTheirLinesAllocationsAndSettlements() {
        ReconciliationRules r = rules();
        r.billing(new BillingFacts(List.of(
                new StatementFacts("S-OK", m("10"), m("10"), m("2"), m("2"), m("5"), m("5"), m("1"), m("1"), m("3"), m("3")),
                new StatementFacts("S-BAD", m("10"), m("9.99"), m("0"), m("0"), m("5"), m("4"), m("0"), m("0"), m("3"),
                        m("2"))),
                List.of(new InvoiceFacts(1L, m("5"), m("5")), new InvoiceFacts(2L, m("6"), m("5"))),
                List.of(new PaymentFacts("P-OK", m("10"), m("7"), m("3"), m("7"), OLD),
                        new PaymentFacts("P-BAD", m("10"), m("7"), m("2"), m("6"), OLD))));
        assertThat(differences(r)).extracting(Item::check, Item::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("STATEMENT_LINES", "statement S-BAD"),
                org.assertj.core.groups.Tuple.tuple("INVOICE_ALLOCATIONS", "invoice 2"),
                org.assertj.core.groups.Tuple.tuple("INVOICE_ALLOCATIONS", "statement S-BAD"),
                org.assertj.core.groups.Tuple.tuple("PAYMENT_SETTLES", "payment P-BAD"),
                org.assertj.core.groups.Tuple.tuple("PAYMENT_SETTLES", "payment P-BAD"),
                org.assertj.core.groups.Tuple.tuple("PAYMENT_SETTLES", "statement S-BAD"));
    }

    @Test
    void aPassedPaymentsResidueIsCreditedOnce() {
        ReconciliationRules r = rules();
        BillingFacts billing = new BillingFacts(List.of(), List.of(), List.of(
                new PaymentFacts("P1", m("10"), m("7"), m("3"), m("7"), OLD),
                new PaymentFacts("P2", m("10"), m("7"), m("3"), m("7"), OLD),
                new PaymentFacts("P3", m("10"), m("7"), m("3"), m("7"), YOUNG),
                new PaymentFacts("P4", m("10"), m("10"), m("0"), m("10"), OLD)));
        r.paymentCredits(billing, walletFacts(List.of(), List.of(), List.of(), List.of(entry("P1", "3.00", OLD),
                entry("P2", "3.01", OLD), entry("PX", "1.00", OLD), entry("OLD-1", "1.00", SINCE.minusDays(30)))));
        assertThat(differences(r)).extracting(Item::subject).containsExactly("credit PX", "payment P2");
        assertThat(inFlight(r)).extracting(Item::subject).containsExactly("payment P3");
    }

    @Test
    void relayedEventsMustBeConsumedByEverySubscribedGroupAndPendingOnesRelayed() {
        var relayedOld = new MessagingLedger.Relayed("e1", OLD, OLD);
        var relayedYoung = new MessagingLedger.Relayed("e2", YOUNG, YOUNG);
        var producer = new MessagingLedger.Ledger("svc-apicall", SINCE, NOW, List.of(
                new MessagingLedger.Published("apicall-event", "ApiCallCharged", List.of(relayedOld, relayedYoung),
                        List.of(new MessagingLedger.Pending("p1", OLD, 3, "broker down"),
                                new MessagingLedger.Pending("p2", YOUNG, 0, null))),
                new MessagingLedger.Published("apicall-event", "ForewarnTriggered", List.of(relayedOld), List.of())),
                List.of());
        var consumer = new MessagingLedger.Ledger("svc-wallet", SINCE, NOW, List.of(), List.of(
                new MessagingLedger.Subscription("svc-wallet-apicall", "apicall-event",
                        List.of("ApiCallCharged", "ApiRecordCorrected"), true),
                new MessagingLedger.Subscription("svc-wallet-plain", "apicall-event", List.of("*"), false)));
        var questions = ReconciliationRules.questions(List.of(producer, consumer));
        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.consumerGroup()).isEqualTo("svc-wallet-apicall");
            assertThat(q.ids()).containsExactly("e1", "e2");
        });
        ReconciliationRules r = rules();
        Map<ReconciliationRules.Question, List<String>> missing = new LinkedHashMap<>();
        missing.put(questions.get(0), List.of("e1", "e2"));
        r.messaging(List.of(producer, consumer), missing);
        assertThat(differences(r)).extracting(Item::subject).containsExactly(
                "ApiCallCharged → svc-wallet-apicall (svc-wallet)", "svc-apicall outbox ApiCallCharged p1");
        assertThat(inFlight(r)).extracting(Item::subject).containsExactly(
                "ApiCallCharged → svc-wallet-apicall (svc-wallet)", "svc-apicall outbox ApiCallCharged p2");

        ReconciliationRules clean = rules();
        missing.put(questions.get(0), List.of());
        clean.messaging(List.of(producer, consumer), missing);
        assertThat(differences(clean)).extracting(Item::subject)
                .containsExactly("svc-apicall outbox ApiCallCharged p1");
    }

    @Test
    void oneEventTypeOfSeveralProducersIsAskedPerTopic() {
        var billing = new MessagingLedger.Ledger("svc-billing", SINCE, NOW, List.of(new MessagingLedger.Published(
                "billing-event", "AuditRecorded", List.of(new MessagingLedger.Relayed("b1", OLD, OLD),
                new MessagingLedger.Relayed("b2", OLD, OLD)), List.of())), List.of());
        var wallet = new MessagingLedger.Ledger("svc-wallet", SINCE, NOW, List.of(new MessagingLedger.Published(
                "wallet-event", "AuditRecorded", List.of(new MessagingLedger.Relayed("w1", OLD, OLD)), List.of())),
                List.of());
        var customer = new MessagingLedger.Ledger("svc-customer", SINCE, NOW, List.of(), List.of(
                new MessagingLedger.Subscription("svc-customer-audit-billing", "billing-event",
                        List.of("AuditRecorded"), true),
                new MessagingLedger.Subscription("svc-customer-audit-wallet", "wallet-event",
                        List.of("AuditRecorded"), true)));
        var questions = ReconciliationRules.questions(List.of(billing, wallet, customer));
        assertThat(questions).extracting(q -> q.consumerGroup() + ":" + q.topic() + ":" + q.ids()).containsExactly(
                "svc-customer-audit-billing:billing-event:[b1, b2]", "svc-customer-audit-wallet:wallet-event:[w1]");
    }

    @Test
    void theSameFactsGiveTheSameFindings() {
        ReconciliationRules a = rules();
        ReconciliationRules b = rules();
        WalletFacts w = walletFacts(List.of(wallet(2, "1", "0", "0", null), wallet(1, "1", "0", "0", null)),
                List.of(), List.of(), List.of());
        a.walletBalances(w);
        b.walletBalances(w);
        assertThat(a.result()).isEqualTo(b.result());
        assertThat(a.result().items()).extracting(Item::subject).containsExactly("wallet 1", "wallet 2");
    }
}
