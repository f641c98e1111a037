package com.nuoer.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** domain.md §3.2 BillStatement, without Spring. */
class StatementStateMachineTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2031, 4, 1, 2, 0);

    private static Statement fresh() {
        Statement s = Statement.open(YearMonth.of(2031, 3), 42, 7L, 7L, "app", 0, "a@b.example", NOW);
        s.applyTotals(new BigDecimal("100.00"), new BigDecimal("100.00"), NOW);
        return s;
    }

    private static int codeOf(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (BizException e) {
            return e.code();
        }
    }

    @Test
    void theHappyPathRunsRecheckConfirmArchive() {
        Statement s = fresh();
        assertThat(s.getStatementNo()).isEqualTo("BS20310300000042");
        s.recheck(NOW);
        s.confirm(NOW.plusDays(1));
        s.archive(NOW.plusDays(2));
        assertThat(s.getState()).isEqualTo(30);
        assertThat(s.getConfirmDate()).isEqualTo(NOW.plusDays(1));
    }

    @Test
    void confirmingAStatementNotYetRecheckedIsRefused() {
        assertThat(codeOf(() -> fresh().confirm(NOW))).isEqualTo(40921);
    }

    @Test
    void archivingBeforeConfirmationIsRefused() {
        Statement s = fresh();
        s.recheck(NOW);
        assertThatThrownBy(() -> s.archive(NOW)).isInstanceOf(BizException.class)
                .hasMessageContaining("待确认").hasMessageContaining("已确认");
    }

    @Test
    void invalidateOnlyFromAwaitingRecheckOrConfirmation() {
        Statement a = fresh();
        a.invalidate(NOW);
        assertThat(a.getState()).isEqualTo(-1);
        Statement b = fresh();
        b.recheck(NOW);
        b.invalidate(NOW);
        assertThat(b.getState()).isEqualTo(-1);
        Statement c = fresh();
        c.recheck(NOW);
        c.confirm(NOW);
        assertThat(codeOf(() -> c.invalidate(NOW))).isEqualTo(40921);
    }

    @Test
    void deleteOnlyAnInvalidatedStatement() {
        Statement s = fresh();
        assertThat(codeOf(() -> s.delete(NOW))).isEqualTo(40921);
        s.invalidate(NOW);
        s.delete(NOW);
        assertThat(s.isDeleted()).isTrue();
        s.delete(NOW); // a retried delete is harmless
        assertThat(codeOf(() -> s.recheck(NOW))).isEqualTo(40921);
    }

    @Test
    void aRepeatedTransitionIsAnsweredAsDone() {
        Statement s = fresh();
        s.recheck(NOW);
        s.recheck(NOW.plusDays(3));
        assertThat(s.getState()).isEqualTo(10);
    }

    @Test
    void linesAndAmountsChangeOnlyWhileAwaitingRecheck() {
        Statement s = fresh();
        s.modifyCanInvoiceAmount(new BigDecimal("80"), NOW);
        assertThat(s.getCanInvoiceAmount()).isEqualByComparingTo("80");
        assertThat(codeOf(() -> s.modifyCanInvoiceAmount(new BigDecimal("100.01"), NOW))).isEqualTo(40020);
        assertThat(s.isRebuildable()).isTrue();
        s.recheck(NOW);
        assertThat(s.isRebuildable()).isFalse();
        assertThat(codeOf(s::requireEditable)).isEqualTo(40920);
        assertThat(codeOf(() -> s.modifyCanInvoiceAmount(BigDecimal.ONE, NOW))).isEqualTo(40920);
    }

    @Test
    void sendingNeedsARecheckedStatement() {
        Statement s = fresh();
        assertThat(codeOf(s::requireSendable)).isEqualTo(40922);
        s.recheck(NOW);
        assertThat(codeOf(s::requireSendable)).isZero();
    }

    @Test
    void prepaidUsageIsSettledMonthlyIsReceivable() {
        Statement s = fresh();
        assertThat(s.getPaymentState()).isEqualTo(20);
        assertThat(s.receivableAmount()).isEqualByComparingTo("0");
        s.applyTotals(new BigDecimal("100.00"), BigDecimal.ZERO, NOW);
        assertThat(s.getPaymentState()).isZero();
        assertThat(s.receivableAmount()).isEqualByComparingTo("100");
    }
}
