package com.nuoer.billing.reconciliation;

import com.nuoer.billing.reconciliation.PeerFacts.ApicallFacts;
import com.nuoer.billing.reconciliation.PeerFacts.Batch;
import com.nuoer.billing.reconciliation.PeerFacts.BillingFacts;
import com.nuoer.billing.reconciliation.PeerFacts.Correction;
import com.nuoer.billing.reconciliation.PeerFacts.InvoiceFacts;
import com.nuoer.billing.reconciliation.PeerFacts.Orphans;
import com.nuoer.billing.reconciliation.PeerFacts.PaymentFacts;
import com.nuoer.billing.reconciliation.PeerFacts.StatementFacts;
import com.nuoer.billing.reconciliation.PeerFacts.WalletBalance;
import com.nuoer.billing.reconciliation.PeerFacts.WalletEntry;
import com.nuoer.billing.reconciliation.PeerFacts.WalletFacts;
import com.nuoer.billing.reconciliation.ReconciliationModel.Check;
import com.nuoer.billing.reconciliation.ReconciliationModel.Item;
import com.nuoer.billing.reconciliation.ReconciliationModel.Kind;
import com.nuoer.common.messaging.ledger.MessagingLedger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The comparison rules of the reconciliation — pure functions of the facts, so the same facts always give the same
 * findings. A fact younger than the in-flight tolerance that is not matched yet is reported as in flight, not as a
 * difference; a fact of the other side near the cutoff ({@code since} + edge) is not required to be matched, as its
 * counterpart may lie before the cutoff.
 */
public final class ReconciliationRules {

    public static final String PEERS = "PEERS";
    public static final String WALLET_BALANCE = "WALLET_BALANCE";
    public static final String CHARGE_BATCH_LINES = "CHARGE_BATCH_LINES";
    public static final String CHARGE_RECORDS = "CHARGE_RECORDS";
    public static final String CHARGE_WALLET = "CHARGE_WALLET";
    public static final String REFUNDS = "REFUNDS";
    public static final String STATEMENT_LINES = "STATEMENT_LINES";
    public static final String INVOICE_ALLOCATIONS = "INVOICE_ALLOCATIONS";
    public static final String PAYMENT_SETTLES = "PAYMENT_SETTLES";
    public static final String PAYMENT_CREDITS = "PAYMENT_CREDITS";
    public static final String MESSAGING = "MESSAGING";

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(PEERS, "services answered");
        NAMES.put(WALLET_BALANCE, "Σ wallet flows = wallet balance");
        NAMES.put(CHARGE_BATCH_LINES, "charge batch = Σ its charge lines");
        NAMES.put(CHARGE_RECORDS, "every charged call record has its charge line and vice versa");
        NAMES.put(CHARGE_WALLET, "every charge batch is paid (or kept as arrears) once by svc-wallet and vice versa");
        NAMES.put(REFUNDS, "every lowered fee is refunded once by svc-wallet and vice versa");
        NAMES.put(STATEMENT_LINES, "statement totals = Σ statement lines");
        NAMES.put(INVOICE_ALLOCATIONS, "invoiced amounts = Σ invoice allocations");
        NAMES.put(PAYMENT_SETTLES, "payments settled = Σ PaymentSettle rows");
        NAMES.put(PAYMENT_CREDITS, "a passed payment's residue = what svc-wallet credited for it");
        NAMES.put(MESSAGING, "events published = consumed by every subscribed group");
    }

    /** Batch numbers written by svc-apicall's ChargeBatcher ({@code CB} + yyyyMMddHHmmss + 6 digits + W/O + id). */
    /** svc-apicall's ChargeBatcher numbers: stamp (14), node id (2, since session 5; older batches have none), counter (6). */
    static final Pattern BATCHER_FORMAT = Pattern.compile("^CB\\d{14}(\\d{2})?\\d{6}[WO]\\d+$");

    private final LocalDateTime now;
    private final Duration inFlight;
    private final LocalDateTime since;
    private final Duration edge;
    private final Map<String, List<Item>> items = new LinkedHashMap<>();
    private final Map<String, Integer> checked = new HashMap<>();

    public ReconciliationRules(LocalDateTime now, Duration inFlight, LocalDateTime since, Duration edge) {
        this.now = now;
        this.inFlight = inFlight;
        this.since = since;
        this.edge = edge;
        NAMES.keySet().forEach(k -> items.put(k, new ArrayList<>()));
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    // ---------------------------------------------------------------- peers

    public void unreachable(String service, String error) {
        count(PEERS, 1);
        diff(PEERS, service, "answer", "no answer", error);
    }

    public void reachable(String service) {
        count(PEERS, 1);
    }

    // ---------------------------------------------------------------- svc-wallet

    public void walletBalances(WalletFacts wallet) {
        for (WalletBalance w : wallet.wallets()) {
            count(WALLET_BALANCE, 1);
            BigDecimal flows = nz(w.flowIn()).subtract(nz(w.flowOut()));
            if (!eq(flows, w.balance())) {
                diff(WALLET_BALANCE, "wallet " + w.walletId(), money(flows), money(w.balance()),
                        "balance differs from Σ in − Σ out of its " + w.flowCount() + " flows");
            } else if (w.flowCount() != null && w.flowCount() > 0 && !eq(w.lastAfterBalance(), w.balance())) {
                diff(WALLET_BALANCE, "wallet " + w.walletId(), money(w.balance()), money(w.lastAfterBalance()),
                        "after_balance of the last flow differs from the balance");
            }
        }
    }

    // ---------------------------------------------------------------- svc-apicall ⇔ svc-wallet

    public void chargeBatches(ApicallFacts apicall) {
        for (Batch b : apicall.batches()) {
            count(CHARGE_BATCH_LINES, 1);
            if (!eq(b.fee(), b.linesFee()) || !Objects.equals(b.lineCount(), b.linesCount())) {
                diff(CHARGE_BATCH_LINES, "batch " + b.batchNo(), money(b.fee()) + " / " + b.lineCount() + " lines",
                        money(b.linesFee()) + " / " + b.linesCount() + " lines",
                        "the batch total differs from its charge lines");
            }
        }
        orphans(apicall.recordsWithoutLine(), "charged call records without a charge line");
        orphans(apicall.linesWithoutRecord(), "charge lines without a call record");
        orphans(apicall.feeMismatches(), "charge lines whose fee differs from their (uncorrected) call record");
        var open = apicall.openLines();
        if (open != null && open.count() != null && open.count() > 0) {
            count(CHARGE_RECORDS, 1);
            boolean young = open.oldest() == null || !open.oldest().isBefore(now.minus(inFlight));
            add(CHARGE_RECORDS, young ? Kind.IN_FLIGHT : Kind.DIFFERENCE, "charge lines not batched yet",
                    "batched within " + inFlight.toSeconds() + " s", open.count() + " lines, " + money(open.fee()),
                    "oldest " + open.oldest());
        }
    }

    private void orphans(Orphans o, String what) {
        count(CHARGE_RECORDS, 1);
        if (o != null && o.count() != null && o.count() > 0) {
            diff(CHARGE_RECORDS, what, "0", String.valueOf(o.count()), "seqNo " + String.join(", ", o.samples()));
        }
    }

    public void chargesPaid(ApicallFacts apicall, WalletFacts wallet) {
        Map<String, List<WalletEntry>> paid = wallet.charges().stream()
                .collect(Collectors.groupingBy(WalletEntry::businessNo, LinkedHashMap::new, Collectors.toList()));
        Set<String> batchNos = new HashSet<>();
        for (Batch b : apicall.batches()) {
            batchNos.add(b.batchNo());
            if ("none".equals(b.event()) && !BATCHER_FORMAT.matcher(b.batchNo()).matches()) {
                continue; // imported history (demo data): never published through the outbox, not a wallet flow
            }
            count(CHARGE_WALLET, 1);
            String subject = "batch " + b.batchNo();
            List<WalletEntry> entries = paid.getOrDefault(b.batchNo(), List.of());
            BigDecimal total = entries.stream().map(WalletEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if ("none".equals(b.event())) {
                diff(CHARGE_WALLET, subject, "an ApiCallCharged event", "none", "the batch was never published");
            } else if (entries.isEmpty()) {
                boolean young = !b.at().isBefore(now.minus(inFlight));
                add(CHARGE_WALLET, young || "pending".equals(b.event()) ? Kind.IN_FLIGHT : Kind.DIFFERENCE, subject,
                        money(b.fee()), "not applied by svc-wallet", "event " + b.event() + ", batched " + b.at());
            } else if (entries.size() > 1) {
                diff(CHARGE_WALLET, subject, "applied once (" + money(b.fee()) + ")", entries.size() + " times",
                        describe(entries));
            } else if (!eq(total, b.fee())) {
                diff(CHARGE_WALLET, subject, money(b.fee()), money(total), describe(entries));
            }
        }
        for (var e : paid.entrySet()) {
            if (batchNos.contains(e.getKey())) {
                continue;
            }
            for (WalletEntry w : e.getValue()) {
                if (w.at().isBefore(since.plus(edge))) {
                    continue; // its batch may lie before the cutoff
                }
                count(CHARGE_WALLET, 1);
                diff(CHARGE_WALLET, "batch " + e.getKey(), "a charge batch of svc-apicall", "none",
                        "svc-wallet applied " + money(w.amount()) + " (" + w.kind() + ") to wallet " + w.walletId());
            }
        }
    }

    public void refunds(ApicallFacts apicall, WalletFacts wallet) {
        Map<String, List<WalletEntry>> refunded = wallet.refunds().stream()
                .collect(Collectors.groupingBy(WalletEntry::businessNo, LinkedHashMap::new, Collectors.toList()));
        Set<Long> monthlyWallets = new HashSet<>();
        Set<Long> monthlyOrganizations = new HashSet<>();
        for (WalletBalance w : wallet.wallets()) {
            if (Boolean.TRUE.equals(w.monthly())) {
                monthlyWallets.add(w.walletId());
                monthlyOrganizations.add(w.organizationId());
            }
        }
        Set<String> expected = new HashSet<>();
        for (Correction c : apicall.corrections()) {
            expected.add(c.businessNo());
            count(REFUNDS, 1);
            List<WalletEntry> entries = refunded.getOrDefault(c.businessNo(), List.of());
            BigDecimal total = entries.stream().map(WalletEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            String subject = "correction " + c.businessNo();
            if (entries.isEmpty()) {
                boolean monthly = c.walletId() != null ? monthlyWallets.contains(c.walletId())
                        : monthlyOrganizations.contains(c.organizationId());
                if (monthly) {
                    continue; // monthly-settled wallets paid nothing per call: their statement is recomputed
                }
                boolean young = !c.at().isBefore(now.minus(inFlight));
                add(REFUNDS, young ? Kind.IN_FLIGHT : Kind.DIFFERENCE, subject, money(c.refund()),
                        "not refunded by svc-wallet", "corrected " + c.at());
            } else if (entries.size() > 1 || !eq(total, c.refund())) {
                diff(REFUNDS, subject, money(c.refund()) + " once", money(total) + " in " + entries.size(),
                        describe(entries));
            }
        }
        for (WalletEntry w : wallet.refunds()) {
            if (!expected.contains(w.businessNo()) && !w.at().isBefore(since.plus(edge))) {
                count(REFUNDS, 1);
                diff(REFUNDS, "refund " + w.businessNo(), "a lowered fee (ApiRecordCorrected)", "none",
                        "svc-wallet refunded " + money(w.amount()) + " to wallet " + w.walletId());
            }
        }
    }

    // ---------------------------------------------------------------- svc-billing (local) and billing ⇔ wallet

    public void billing(BillingFacts billing) {
        for (StatementFacts s : billing.statements()) {
            String subject = "statement " + s.statementNo();
            count(STATEMENT_LINES, 1);
            if (!eq(s.totalAmount(), s.linesTotal())) {
                diff(STATEMENT_LINES, subject, money(s.linesTotal()), money(s.totalAmount()), "total vs Σ lines");
            }
            if (!eq(s.settledAmount(), s.linesSettled())) {
                diff(STATEMENT_LINES, subject, money(s.linesSettled()), money(s.settledAmount()),
                        "settled (wallet) vs Σ lines");
            }
            count(INVOICE_ALLOCATIONS, 1);
            if (!eq(s.invoicedAmount(), s.allocatedInvoiced())) {
                diff(INVOICE_ALLOCATIONS, subject, money(s.allocatedInvoiced()), money(s.invoicedAmount()),
                        "invoiced vs Σ allocations of issued invoices");
            }
            if (!eq(s.invoicingAmount(), s.allocatedInvoicing())) {
                diff(INVOICE_ALLOCATIONS, subject, money(s.allocatedInvoicing()), money(s.invoicingAmount()),
                        "invoicing vs Σ allocations of invoices in progress");
            }
            count(PAYMENT_SETTLES, 1);
            if (!eq(s.paymentAmount(), s.settlesTotal())) {
                diff(PAYMENT_SETTLES, subject, money(s.settlesTotal()), money(s.paymentAmount()),
                        "paid vs Σ PaymentSettle rows");
            }
        }
        for (InvoiceFacts i : billing.invoices()) {
            count(INVOICE_ALLOCATIONS, 1);
            if (!eq(i.invoiceAmount(), i.allocated())) {
                diff(INVOICE_ALLOCATIONS, "invoice " + i.invoiceId(), money(i.allocated()), money(i.invoiceAmount()),
                        "invoice amount vs Σ allocations");
            }
        }
        for (PaymentFacts p : billing.passedPayments()) {
            count(PAYMENT_SETTLES, 1);
            String subject = "payment " + p.paymentNo();
            if (!eq(p.settledAmount(), p.settlesTotal())) {
                diff(PAYMENT_SETTLES, subject, money(p.settlesTotal()), money(p.settledAmount()),
                        "settled vs Σ PaymentSettle rows");
            }
            if (!eq(p.amount(), nz(p.settledAmount()).add(nz(p.residueAmount())))) {
                diff(PAYMENT_SETTLES, subject, money(p.amount()),
                        money(nz(p.settledAmount()).add(nz(p.residueAmount()))), "amount vs settled + residue");
            }
        }
    }

    public void paymentCredits(BillingFacts billing, WalletFacts wallet) {
        Map<String, List<WalletEntry>> credited = wallet.paymentCredits().stream()
                .collect(Collectors.groupingBy(WalletEntry::businessNo, LinkedHashMap::new, Collectors.toList()));
        Set<String> passed = new HashSet<>();
        for (PaymentFacts p : billing.passedPayments()) {
            passed.add(p.paymentNo());
            List<WalletEntry> entries = credited.getOrDefault(p.paymentNo(), List.of());
            BigDecimal total = entries.stream().map(WalletEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (nz(p.residueAmount()).signum() <= 0 && entries.isEmpty()) {
                continue;
            }
            count(PAYMENT_CREDITS, 1);
            String subject = "payment " + p.paymentNo();
            if (entries.isEmpty()) {
                boolean young = p.auditTime() == null || !p.auditTime().isBefore(now.minus(inFlight));
                add(PAYMENT_CREDITS, young ? Kind.IN_FLIGHT : Kind.DIFFERENCE, subject, money(p.residueAmount()),
                        "not credited by svc-wallet", "passed " + p.auditTime());
            } else if (entries.size() > 1 || !eq(total, p.residueAmount())) {
                diff(PAYMENT_CREDITS, subject, money(p.residueAmount()) + " once",
                        money(total) + " in " + entries.size(), describe(entries));
            }
        }
        for (WalletEntry w : wallet.paymentCredits()) {
            if (!passed.contains(w.businessNo()) && !w.at().isBefore(since.plus(edge))) {
                count(PAYMENT_CREDITS, 1);
                diff(PAYMENT_CREDITS, "credit " + w.businessNo(), "a passed payment", "none",
                        "svc-wallet credited " + money(w.amount()) + " to wallet " + w.walletId());
            }
        }
    }

    // ---------------------------------------------------------------- messaging

    /** A question to a consumer's service: which of these relayed ids has the group not consumed? */
    public record Question(String service, String consumerGroup, String topic, String eventType, List<String> ids) {
    }

    /**
     * The consumption questions for the relayed events of every producer, per (topic, event type): one event type
     * may be produced by several services, each on its own topic ({@code AuditRecorded}), and a group subscribed to
     * one topic is asked only about the events of that topic.
     */
    public static List<Question> questions(List<MessagingLedger.Ledger> ledgers) {
        record Channel(String topic, String eventType) {
        }
        Map<Channel, List<String>> relayedIds = new LinkedHashMap<>();
        for (var ledger : ledgers) {
            for (var p : ledger.published()) {
                relayedIds.computeIfAbsent(new Channel(p.topic(), p.eventType()), k -> new ArrayList<>())
                        .addAll(p.relayed().stream().map(MessagingLedger.Relayed::eventId).toList());
            }
        }
        List<Question> questions = new ArrayList<>();
        for (var ledger : ledgers) {
            for (var s : ledger.subscriptions()) {
                if (!s.inbox()) {
                    continue;
                }
                relayedIds.forEach((channel, ids) -> {
                    if (!ids.isEmpty() && s.receives(channel.topic(), channel.eventType())) {
                        questions.add(new Question(ledger.service(), s.consumerGroup(), channel.topic(),
                                channel.eventType(), ids));
                    }
                });
            }
        }
        return questions;
    }

    /** Pending outbox rows and unconsumed relayed events, given the consumers' answers (missing ids per question). */
    public void messaging(List<MessagingLedger.Ledger> ledgers, Map<Question, List<String>> missing) {
        Map<String, LocalDateTime> publishedAt = new HashMap<>();
        for (var ledger : ledgers) {
            for (var p : ledger.published()) {
                p.relayed().forEach(r -> publishedAt.put(r.eventId(), r.publishedAt()));
                for (var pending : p.pending()) {
                    count(MESSAGING, 1);
                    boolean young = !pending.occurredAt().isBefore(now.minus(inFlight));
                    add(MESSAGING, young ? Kind.IN_FLIGHT : Kind.DIFFERENCE,
                            ledger.service() + " outbox " + p.eventType() + " " + pending.eventId(), "relayed",
                            "pending since " + pending.occurredAt(),
                            pending.attempts() + " attempts" + (pending.lastError() == null ? "" : ": " + pending.lastError()));
                }
            }
        }
        for (var e : missing.entrySet()) {
            Question q = e.getKey();
            count(MESSAGING, q.ids().size());
            List<String> old = new ArrayList<>();
            List<String> young = new ArrayList<>();
            for (String id : e.getValue()) {
                LocalDateTime at = publishedAt.get(id);
                (at != null && at.isBefore(now.minus(inFlight)) ? old : young).add(id);
            }
            String subject = q.eventType() + " → " + q.consumerGroup() + " (" + q.service() + ")";
            if (!old.isEmpty()) {
                diff(MESSAGING, subject, q.ids().size() + " consumed", (q.ids().size() - e.getValue().size())
                        + " consumed, " + old.size() + " missing", "eventId " + sample(old));
            }
            if (!young.isEmpty()) {
                add(MESSAGING, Kind.IN_FLIGHT, subject, q.ids().size() + " consumed",
                        young.size() + " not consumed yet", "eventId " + sample(young));
            }
        }
    }

    // ---------------------------------------------------------------- result

    public ReconciliationModel.Result result() {
        List<Check> checks = new ArrayList<>();
        List<Item> all = new ArrayList<>();
        items.forEach((code, list) -> {
            list.sort(Comparator.comparing(Item::kind).thenComparing(Item::subject).thenComparing(Item::detail,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            int d = (int) list.stream().filter(i -> i.kind() == Kind.DIFFERENCE).count();
            checks.add(new Check(code, name(code), checked.getOrDefault(code, 0), d, list.size() - d));
            all.addAll(list);
        });
        return new ReconciliationModel.Result(checks, all);
    }

    private void count(String code, int n) {
        checked.merge(code, n, Integer::sum);
    }

    private void diff(String code, String subject, String expected, String actual, String detail) {
        add(code, Kind.DIFFERENCE, subject, expected, actual, detail);
    }

    private void add(String code, Kind kind, String subject, String expected, String actual, String detail) {
        items.get(code).add(new Item(code, kind, subject, expected, actual, detail));
    }

    private static String sample(List<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        return String.join(", ", sorted.subList(0, Math.min(10, sorted.size())))
                + (sorted.size() > 10 ? " … (" + sorted.size() + ")" : "");
    }

    private static String describe(List<WalletEntry> entries) {
        return entries.stream().map(e -> e.kind() + " " + money(e.amount()) + " on wallet " + e.walletId())
                .collect(Collectors.joining("; "));
    }

    static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static boolean eq(BigDecimal a, BigDecimal b) {
        return nz(a).compareTo(nz(b)) == 0;
    }

    static String money(BigDecimal v) {
        return v == null ? "null" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
