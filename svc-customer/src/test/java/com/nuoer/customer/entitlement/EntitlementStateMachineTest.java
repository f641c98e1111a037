package com.nuoer.customer.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import com.nuoer.customer.entitlement.catalog.Product;
import com.nuoer.customer.schedule.ScheduleTask;
import com.nuoer.customer.schedule.TaskKeys;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machines of domain.md §3.2 for DeptItem and ScheduleTask, without Spring. */
class EntitlementStateMachineTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 29, 10, 0);
    private static final Product ID2 = new Product("ID2_CHECK", "身份证二要素核验", 200, 10, 1, 10,
            new BigDecimal("0.3000"), new BigDecimal("0.2000"), true, false, List.of(), 100, 0, 0);

    @Test
    void deptItemGoesPendingOpenedDisabledAndEveryChangeBumpsTheVersion() {
        DeptItem d = DeptItem.create(1, ID2, null, Terms.none(), null, 3L, T);
        assertThat(d.getState()).isEqualTo(DeptItemState.PENDING);
        assertThat(d.getFee()).isEqualByComparingTo("0.3000");
        long v = d.getVersion();
        assertThatThrownBy(() -> d.disable(T)).isInstanceOf(BizException.class);
        d.pass(new Terms(null, null, new BigDecimal("0.25"), null, 10, null, null, null, null, null), null, T);
        assertThat(d.getState()).isEqualTo(DeptItemState.OPENED);
        assertThat(d.getVersion()).isGreaterThan(v);
        assertThatThrownBy(() -> d.reject("x", T)).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> d.reapply(Terms.none(), null, T)).isInstanceOf(BizException.class);
        assertThat(d.disable(T)).isTrue();
        assertThat(d.disable(T)).isFalse();
        assertThat(d.enable(T)).isTrue();
        assertThat(d.delete(T)).isTrue();
        assertThat(d.delete(T)).isFalse();
        assertThatThrownBy(() -> d.editFreeCount(1, T)).isInstanceOf(BizException.class);
    }

    @Test
    void rejectedItemsReturnToPendingWhenAppliedAgain() {
        DeptItem d = DeptItem.create(1, ID2, null, Terms.none(), null, 3L, T);
        d.reject("材料不全", T);
        assertThat(d.getState()).isEqualTo(DeptItemState.REJECTED);
        d.reapply(Terms.none(), null, T.plusDays(1));
        assertThat(d.getState()).isEqualTo(DeptItemState.PENDING);
    }

    @Test
    void scheduleTaskRunsOnceFailsRetriesAndCancels() {
        ScheduleTask t = ScheduleTask.plan(TaskKeys.DEPT_ITEM_ADJUST, "1", T, null, 1L, "ID2_CHECK", 1L, T);
        t.start(T);
        assertThatThrownBy(() -> t.start(T)).isInstanceOf(BizException.class);
        t.fail("boom", T, 5);
        assertThat(t.getState()).isEqualTo(ScheduleTask.FAILED);
        assertThat(t.retry(T)).isTrue();
        assertThat(t.getState()).isEqualTo(ScheduleTask.WAITING);
        t.start(T);
        t.finish(T, 3);
        assertThat(t.getExecuteCount()).isEqualTo(2);
        assertThatThrownBy(() -> t.cancel(T)).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> t.retry(T)).isInstanceOf(BizException.class);

        ScheduleTask w = ScheduleTask.plan(TaskKeys.CHECK_ITEM_CHANGE, "X", T, null, null, "X", 1L, T);
        assertThat(w.cancel(T)).isTrue();
        assertThat(w.cancel(T)).isFalse();
        assertThatThrownBy(() -> w.start(T)).isInstanceOf(BizException.class);
    }
}
