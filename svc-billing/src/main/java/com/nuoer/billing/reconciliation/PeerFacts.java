package com.nuoer.billing.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The answers of the peers' {@code /internal/<svc>/reconciliation} endpoints (same JSON names as svc-wallet's and
 * svc-apicall's records), and svc-billing's own facts.
 */
public final class PeerFacts {

    private PeerFacts() {
    }

    // svc-wallet
    public record WalletBalance(Long walletId, Long organizationId, BigDecimal balance, BigDecimal flowIn,
                                BigDecimal flowOut, Long flowCount, BigDecimal lastAfterBalance, Long mergedInto,
                                Boolean monthly) {
    }

    public record WalletEntry(String businessNo, Long walletId, Long organizationId, String kind, BigDecimal amount,
                              LocalDateTime at) {
    }

    public record WalletFacts(LocalDateTime since, LocalDateTime at, List<WalletBalance> wallets,
                              List<WalletEntry> charges, List<WalletEntry> refunds, List<WalletEntry> paymentCredits) {
    }

    // svc-apicall
    public record Batch(String batchNo, Long walletId, Long organizationId, BigDecimal fee, Integer lineCount,
                        BigDecimal linesFee, Integer linesCount, LocalDateTime at, String event) {
    }

    public record OpenLines(Long count, BigDecimal fee, LocalDateTime oldest) {
    }

    public record Orphans(Long count, List<String> samples) {
    }

    public record Correction(String businessNo, String seqNo, Integer version, Long walletId, Long organizationId,
                             BigDecimal refund, LocalDateTime at) {
    }

    public record ApicallFacts(LocalDateTime since, LocalDateTime at, List<Batch> batches, OpenLines openLines,
                               Orphans recordsWithoutLine, Orphans linesWithoutRecord, Orphans feeMismatches,
                               List<Correction> corrections) {
    }

    // svc-billing (local)
    public record StatementFacts(String statementNo, BigDecimal totalAmount, BigDecimal linesTotal,
                                 BigDecimal settledAmount, BigDecimal linesSettled, BigDecimal invoicedAmount,
                                 BigDecimal allocatedInvoiced, BigDecimal invoicingAmount, BigDecimal allocatedInvoicing,
                                 BigDecimal paymentAmount, BigDecimal settlesTotal) {
    }

    public record InvoiceFacts(Long invoiceId, BigDecimal invoiceAmount, BigDecimal allocated) {
    }

    public record PaymentFacts(String paymentNo, BigDecimal amount, BigDecimal settledAmount, BigDecimal residueAmount,
                               BigDecimal settlesTotal, LocalDateTime auditTime) {
    }

    public record BillingFacts(List<StatementFacts> statements, List<InvoiceFacts> invoices,
                               List<PaymentFacts> passedPayments) {
    }
}
