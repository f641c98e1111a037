package com.nuoer.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract state machine (domain.md §3.2) without Spring. */
class DeptContractTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 11, 29, 10, 0);

    private DeptContract draft() {
        return DeptContract.draft(new DeptContract.Header("HT1", 1L, 1L, 3L, "T", "合同", 0, 1, "v1"),
                List.of(), List.of(new ContractItem(5L, "ID3_FACE", "人像三要素核验", "0.75元/次", "查询计费", null)),
                1L, now);
    }

    private DeptContract pending() {
        DeptContract c = draft();
        c.submitted("13900000001", null, null, "sandbox", "f1", "/esign/sandbox/sign/f1", 30, now);
        return c;
    }

    private static int code(Runnable action) {
        try {
            action.run();
            return 0;
        } catch (BizException e) {
            return e.code();
        }
    }

    @Test
    void signingTwiceChangesOnce() {
        DeptContract c = pending();
        assertThat(c.signed(now, 365, "k", now)).isTrue();
        assertThat(c.signed(now, 365, "k", now)).isFalse();
        assertThat(c.state()).isEqualTo(ContractState.SIGNED);
        assertThat(c.expireTime()).isEqualTo(now.plusDays(365));
    }

    @Test
    void submittingAgainWithTheSameSignerIsDoneAnotherSignerIsRefused() {
        DeptContract c = pending();
        assertThat(c.submitCheck("13900000001")).isFalse();
        assertThat(code(() -> c.submitCheck("13900000002"))).isEqualTo(40913);
    }

    @Test
    void illegalTransitionsAreRefused() {
        assertThat(code(() -> draft().signed(now, 365, null, now))).isEqualTo(40910);
        assertThat(code(() -> draft().renew(365, now))).isEqualTo(40910);
        assertThat(code(() -> pending().delete(now))).isEqualTo(40910);
        DeptContract signed = pending();
        signed.signed(now, 365, null, now);
        assertThat(code(() -> signed.withdraw(now))).isEqualTo(40910);
        assertThat(code(() -> signed.rejected("x", now))).isEqualTo(40910);
        assertThat(code(() -> signed.submitCheck("13900000001"))).isEqualTo(40910);
        DeptContract withdrawn = pending();
        assertThat(withdrawn.withdraw(now)).isTrue();
        assertThat(withdrawn.withdraw(now)).isFalse();
        assertThat(code(() -> withdrawn.submitted("1", null, null, "s", "f", "u", 1, now))).isEqualTo(40910);
        assertThat(withdrawn.delete(now)).isTrue();
        assertThat(withdrawn.delete(now)).isFalse();
    }

    @Test
    void expiryIsFoundOnceAndRenewalStartsFromNowWhenExpired() {
        DeptContract c = pending();
        c.signed(now, 365, null, now);
        LocalDateTime later = now.plusDays(400);
        assertThat(c.expireIfDue(now)).isFalse();
        assertThat(c.expireIfDue(later)).isTrue();
        assertThat(c.expireIfDue(later)).isFalse();
        c.renew(365, later);
        assertThat(c.expired()).isFalse();
        assertThat(c.expireTime()).isEqualTo(later.plusDays(365));
    }

    @Test
    void manualContractIsInForceFromItsSigningDate() {
        DeptContract c = DeptContract.manual(new DeptContract.Header("HT2", 1L, 1L, 3L, "T", "合同", 1, 1, "v1"),
                "https://x/y.pdf", List.of(), now.minusDays(10), 365, 1L, now);
        assertThat(c.state()).isEqualTo(ContractState.MANUAL_SIGNED);
        assertThat(c.expireTime()).isEqualTo(now.minusDays(10).plusDays(365));
        assertThat(c.isEffective()).isTrue();
    }
}
