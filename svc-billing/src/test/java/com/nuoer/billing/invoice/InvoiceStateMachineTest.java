package com.nuoer.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.billing.payment.Payment;
import com.nuoer.billing.statement.Statement;
import com.nuoer.common.error.BizException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** domain.md §3.2 Invoice and Payment, and the statement amounts they move — without Spring. */
class InvoiceStateMachineTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2031, 5, 10, 10, 0);

    private static int codeOf(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (BizException e) {
            return e.code();
        }
    }

    private static Invoice applied() {
        return Invoice.apply(1, 3L, 1, "normal", new BigDecimal("100.00"), "抬头", "91330106MA2H0TEST1", "a@b.example",
                null, "customer", false, 3L, NOW);
    }

    private static Statement confirmed(String total, String settled) {
        Statement s = Statement.open(YearMonth.of(2031, 4), 42, 7L, 7L, "app", 20, "a@b.example", NOW);
        s.applyTotals(new BigDecimal(total), new BigDecimal(settled), NOW);
        s.recheck(NOW);
        s.confirm(NOW);
        return s;
    }

    @Test
    void anInvoiceGoesFromAuditToIssuedAndRetriesAreHarmless() {
        Invoice i = applied();
        assertThat(i.getState()).isEqualTo(Invoice.WAIT_AUDIT);
        assertThat(codeOf(() -> i.finish("https://f/x.pdf", NOW))).isEqualTo(40933);
        assertThat(codeOf(i::requireIssued)).isEqualTo(40934);
        assertThat(i.pass(null, 1L, NOW)).isEqualTo(Invoice.Outcome.AUDITED);
        assertThat(i.pass(null, 1L, NOW)).isEqualTo(Invoice.Outcome.NONE);
        assertThat(codeOf(() -> i.reject("x", 1L, NOW))).isEqualTo(40933);
        assertThat(i.finish("https://f/x.pdf", NOW)).isEqualTo(Invoice.Outcome.ISSUED);
        assertThat(i.finish("https://f/y.pdf", NOW)).isEqualTo(Invoice.Outcome.NONE);
        assertThat(i.getInvoiceUrl()).isEqualTo("https://f/x.pdf");
        assertThat(i.getState()).isEqualTo(Invoice.ISSUED);
    }

    @Test
    void passWithTheFileIssuesAtOnceAndRejectNeedsAReason() {
        Invoice i = applied();
        assertThat(i.pass("https://f/z.pdf", 1L, NOW)).isEqualTo(Invoice.Outcome.ISSUED);
        Invoice r = applied();
        assertThat(codeOf(() -> r.reject(" ", 1L, NOW))).isEqualTo(40030);
        assertThat(r.reject("税号有误", 1L, NOW)).isEqualTo(Invoice.Outcome.REJECTED);
        assertThat(r.reject("税号有误", 1L, NOW)).isEqualTo(Invoice.Outcome.NONE);
        assertThat(codeOf(() -> r.pass(null, 1L, NOW))).isEqualTo(40933);
        Invoice ops = Invoice.apply(1, 3L, 1, "special", BigDecimal.TEN, "h", "91330106MA2H0TEST1", "a@b.example",
                "https://f/o.pdf", "ops", true, 1L, NOW);
        assertThat(ops.getState()).isEqualTo(Invoice.ISSUED);
    }

    @Test
    void statementsReserveInvoiceAndReleaseAmounts() {
        Statement s = confirmed("100.00", "0");
        assertThat(s.invoiceableAmount()).isEqualByComparingTo("100");
        s.reserveInvoice(new BigDecimal("60.00"), NOW);
        assertThat(s.invoiceableAmount()).isEqualByComparingTo("40");
        s.completeInvoice(new BigDecimal("60.00"), NOW);
        assertThat(s.getInvoiceState()).isEqualTo(10);
        assertThat(s.getInvoicedAmount()).isEqualByComparingTo("60");
        s.reserveInvoice(new BigDecimal("40.00"), NOW);
        s.releaseInvoice(new BigDecimal("40.00"), NOW);
        assertThat(s.invoiceableAmount()).isEqualByComparingTo("40");
        s.reserveInvoice(new BigDecimal("40.00"), NOW);
        s.completeInvoice(new BigDecimal("40.00"), NOW);
        assertThat(s.getInvoiceState()).isEqualTo(20);
        assertThat(s.invoiceableAmount()).isZero();
        Statement unconfirmed = Statement.open(YearMonth.of(2031, 4), 43, 7L, 7L, "app", 0, null, NOW);
        unconfirmed.applyTotals(new BigDecimal("50.00"), BigDecimal.ZERO, NOW);
        assertThat(unconfirmed.invoiceableAmount()).isZero();
    }

    @Test
    void paymentsSettleOnlyWhatIsReceivable() {
        Statement s = confirmed("100.00", "30.00");
        assertThat(s.isSettleable()).isTrue();
        assertThat(s.settle(new BigDecimal("500.00"), NOW)).isEqualByComparingTo("70");
        assertThat(s.getPaymentState()).isEqualTo(20);
        assertThat(s.isSettleable()).isFalse();
        assertThat(s.settle(BigDecimal.TEN, NOW)).isZero();

        Payment p = Payment.add("HK1", 7, 2L, "王", new BigDecimal("100"), NOW.toLocalDate(), null, null, NOW);
        assertThat(codeOf(() -> Payment.add("HK2", 7, 2L, "王", BigDecimal.ONE, LocalDate.of(2031, 5, 11), null,
                null, NOW))).isEqualTo(40041);
        assertThat(p.pass(1L, NOW)).isTrue();
        assertThat(p.pass(1L, NOW)).isFalse();
        assertThat(codeOf(() -> p.reject("x", 1L, NOW))).isEqualTo(40940);
        p.settled(new BigDecimal("70"), new BigDecimal("5"), null, NOW);
        assertThat(p.getResidueAmount()).isEqualByComparingTo("30");
        assertThat(p.getRoyaltyAmount()).isNull();
    }
}
