package com.nuoer.customer.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import com.nuoer.customer.org.auth.AuthRecord;
import com.nuoer.customer.org.auth.AuthState;
import com.nuoer.customer.org.register.ApplyAuditState;
import com.nuoer.customer.org.register.RegisterApply;
import com.nuoer.customer.org.register.RegisterForm;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machines of domain.md §3.2 for applications, authentication records and organisations (no Spring). */
class OrgStateMachineTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    static RegisterForm form(String name) {
        return new RegisterForm(false, null, name, null, "91330106MA2H1X2Y3K", null, "13957100999", null, null, null,
                null, null, null, null, null, null, null, 2L, "A", null, null, null, 20, null, null, null,
                List.of(new RegisterForm.AppcodeItem(null, "beeback", null, null, null)), null, true, null, null,
                false, null, null, null, null, null);
    }

    static int code(Runnable r) {
        try {
            r.run();
        } catch (BizException e) {
            return e.code();
        }
        return 0;
    }

    @Test
    void aRejectedApplicationIsResubmittedAsANewRowWithTheSameApplyNo() {
        RegisterApply apply = RegisterApply.submit("RA1", form("甲"), "r", 2L, "王销售", 2L, NOW);
        assertThat(apply.reject("不清晰", null, 1L, NOW)).isTrue();
        assertThat(apply.reject("again", null, 1L, NOW)).isFalse();
        RegisterApply next = apply.resubmit(form("甲2"), null, 2L, NOW);
        assertThat(next).isNotSameAs(apply);
        assertThat(next.getApplyNo()).isEqualTo("RA1");
        assertThat(next.getAuditState()).isEqualTo(ApplyAuditState.PENDING);
        assertThat(next.getCustomerName()).isEqualTo("甲2");
        assertThat(apply.isOut()).isTrue();
        assertThat(code(() -> apply.resubmit(form("x"), null, 2L, NOW))).isEqualTo(40911);
        assertThat(code(() -> apply.mayPass())).isEqualTo(40911);
    }

    @Test
    void aPendingApplicationIsEditedInPlaceAndAPassedOneIsFinal() {
        RegisterApply apply = RegisterApply.submit("RA2", form("乙"), null, 2L, null, 2L, NOW);
        assertThat(apply.resubmit(form("乙2"), null, 1L, NOW)).isSameAs(apply);
        assertThat(apply.getCustomerName()).isEqualTo("乙2");
        apply.pass(99L, form("乙2"), "ok", null, 1L, NOW);
        assertThat(apply.getAuditState()).isEqualTo(ApplyAuditState.PASSED);
        assertThat(apply.mayPass()).isFalse();
        assertThat(code(() -> apply.reject("no", null, 1L, NOW))).isEqualTo(40911);
        assertThat(code(() -> apply.resubmit(form("x"), null, 2L, NOW))).isEqualTo(40911);
    }

    @Test
    void aRejectedApplicationCannotPass() {
        RegisterApply apply = RegisterApply.submit("RA3", form("丙"), null, 2L, null, 2L, NOW);
        apply.reject("no", null, 1L, NOW);
        assertThat(code(apply::mayPass)).isEqualTo(40911);
    }

    static AuthRecord.Data data() {
        return new AuthRecord.Data(20, "甲公司", "91330106MA2H1X2Y3K", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    @Test
    void authRecordsAreEditableOnlyBeforeTheyPass() {
        AuthRecord r = AuthRecord.submitted(1L, 1L, data(), "beeback", 1L, NOW);
        assertThat(r.reject("不清晰", 1L, NOW)).isTrue();
        assertThat(code(() -> r.pass(1L, NOW))).isEqualTo(40912);
        r.edit(data(), null, NOW);
        r.resubmitIfRejected(NOW);
        assertThat(r.getState()).isEqualTo(AuthState.PENDING);
        assertThat(r.pass(1L, NOW)).isTrue();
        assertThat(r.pass(1L, NOW)).isFalse();
        assertThat(code(() -> r.edit(data(), null, NOW))).isEqualTo(40912);
        assertThat(code(() -> r.reject("no", 1L, NOW))).isEqualTo(40912);
    }

    @Test
    void organisationsAreDisabledAndEnabledButNeverBackToPendingAndDeleteNeedsDisableFirst() {
        Organization org = Organization.register(200001L, 5L, new Organization.Profile("甲公司", null, "13957100999",
                null, null, null, 20, null, null, null, null, null, null, null), "crm", 1L, NOW);
        assertThat(org.getState()).isEqualTo(OrgState.NORMAL.code());
        assertThat(code(() -> org.changeState(OrgState.PENDING, NOW))).isEqualTo(40915);
        assertThat(code(() -> org.delete(true, NOW))).isEqualTo(40913);
        assertThat(org.changeState(OrgState.DISABLED, NOW)).isTrue();
        assertThat(org.changeState(OrgState.DISABLED, NOW)).isFalse();
        assertThat(org.delete(true, NOW)).isTrue();
        assertThat(org.delete(true, NOW)).isFalse();
        assertThat(code(() -> org.changeState(OrgState.NORMAL, NOW))).isEqualTo(40915);
    }
}
