package com.nuoer.customer.entitlement;

import com.nuoer.common.error.BizException;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.entitlement.DeptItemCommands.AdjustItem;
import com.nuoer.customer.entitlement.catalog.Catalog;
import com.nuoer.customer.entitlement.catalog.Product;
import com.nuoer.customer.schedule.ScheduleTask;
import com.nuoer.customer.schedule.ScheduleTaskRepository;
import com.nuoer.customer.schedule.TaskHandler;
import com.nuoer.customer.schedule.TaskKeys;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price adjustments (flow F10): applied at once (effectTime empty), or kept as 0 未生效 with a DEPT_ITEM_ADJUST task
 * the scheduler runs at effectTime; a salesman's price below his floor price waits as 10 待审核 for ops (§6-3,
 * approved by crm deptItem/edit isAuditPass). Also the task handler of DEPT_ITEM_ADJUST.
 */
@Service
public class AdjustService implements TaskHandler {

    private final DeptItemRepository items;
    private final DeptItemAdjustRepository adjusts;
    private final ScheduleTaskRepository tasks;
    private final Catalog catalog;
    private final DeptScope scope;
    private final DeptItemEvents events;
    private final FloorPrices floorPrices;
    private final Clock clock;

    public AdjustService(DeptItemRepository items, DeptItemAdjustRepository adjusts, ScheduleTaskRepository tasks,
                         Catalog catalog, DeptScope scope, DeptItemEvents events, FloorPrices floorPrices,
                         Clock clock) {
        this.items = items;
        this.adjusts = adjusts;
        this.tasks = tasks;
        this.catalog = catalog;
        this.scope = scope;
        this.events = events;
        this.floorPrices = floorPrices;
        this.clock = clock;
    }

    private DeptItemAudit deptItemAudit;

    @org.springframework.beans.factory.annotation.Autowired
    void setDeptItemAudit(DeptItemAudit deptItemAudit) {
        this.deptItemAudit = deptItemAudit;
    }

    @Transactional
    public List<Long> adjust(SessionInfo s, LocalDateTime effectTime, List<AdjustItem> list) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (effectTime != null && !effectTime.isAfter(now)) {
            throw DeptItemErrors.EFFECT_TIME_NOT_FUTURE.exception();
        }
        Long salesman = scope.salesmanOf(s);
        List<DeptItemAdjust> future = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (AdjustItem i : list) {
            DeptItem item = items.lockById(i.deptItemId()).filter(d -> !d.isDeleted() && scope.canSee(s, d.getDeptId()))
                    .orElseThrow(() -> BizException.notFound("授权产品"));
            Product p = catalog.require(item.getCheckItem());
            var before = DeptItemAudit.prices(item);
            boolean approval = floorPrices.below(salesman, p, i.fee());
            DeptItemAdjust a = DeptItemAdjust.of(item, i.fee(), i.feeDetail(), i.chargeType(), i.feeType(),
                    effectTime, approval, salesman, s.userId(), now);
            if (!approval && effectTime == null) {
                a.applyTo(item, now);
                items.saveAndFlush(item);
                events.changed(item);
            }
            a = adjusts.saveAndFlush(a);
            deptItemAudit.adjusted(item, before, a.getId(), i.fee(), i.feeDetail(), effectTime, approval);
            if (!approval && effectTime != null) {
                future.add(a);
            }
            ids.add(a.getId());
        }
        schedule(future, effectTime, s.userId(), now);
        return ids;
    }

    /** One DEPT_ITEM_ADJUST task per account and effect time for the waiting adjustments. */
    private void schedule(List<DeptItemAdjust> waiting, LocalDateTime at, Long createBy, LocalDateTime now) {
        Map<Long, List<DeptItemAdjust>> byDept = waiting.stream()
                .collect(Collectors.groupingBy(DeptItemAdjust::getDeptId, LinkedHashMap::new, Collectors.toList()));
        byDept.forEach((deptId, list) -> {
            String bizKey = list.stream().map(a -> String.valueOf(a.getDeptItemId())).collect(Collectors.joining(","));
            String checkItem = list.size() == 1 ? items.findById(list.get(0).getDeptItemId())
                    .map(DeptItem::getCheckItem).orElse(null) : null;
            ScheduleTask task = tasks.saveAndFlush(ScheduleTask.plan(TaskKeys.DEPT_ITEM_ADJUST, bizKey, at, null,
                    deptId, checkItem, createBy, now));
            for (DeptItemAdjust a : list) {
                a.scheduledBy(task.getId());
                adjusts.save(a);
            }
        });
        adjusts.flush();
    }

    /** Ops decide the 待审核 adjustments of an item: approved → applied now or scheduled; rejected → -10. */
    void decidePending(DeptItem item, boolean approve, Long by, LocalDateTime now) {
        List<DeptItemAdjust> pending = adjusts.findAuditing(item.getId());
        for (DeptItemAdjust a : pending) {
            if (!approve) {
                a.reject(now);
                adjusts.save(a);
                continue;
            }
            a.approve(now);
            if (a.getPlanTime() == null || !a.getPlanTime().isAfter(now)) {
                a.applyTo(item, now);
                items.saveAndFlush(item);
                events.changed(item);
                adjusts.save(a);
            } else {
                adjusts.save(a);
                schedule(List.of(a), a.getPlanTime(), by, now);
            }
        }
        adjusts.flush();
    }

    /** A deleted item's pending adjustments are cancelled. */
    void cancelPendingOf(DeptItem item, LocalDateTime now) {
        adjusts.findByDeptItemIdAndStateIn(item.getId(), List.of(DeptItemAdjust.WAITING, DeptItemAdjust.AUDITING))
                .forEach(a -> {
                    a.cancel(now);
                    adjusts.save(a);
                });
    }

    // ------------------------------------------------------------------ DEPT_ITEM_ADJUST tasks

    @Override
    public String taskKey() {
        return TaskKeys.DEPT_ITEM_ADJUST;
    }

    /** Applies the task's waiting adjustments (runs in the scheduler's transaction that marks the task done). */
    @Override
    public void run(ScheduleTask task, LocalDateTime now) {
        for (DeptItemAdjust a : adjusts.findByTaskIdOrderById(task.getId())) {
            if (a.getState() != DeptItemAdjust.WAITING) {
                continue;
            }
            DeptItem item = items.lockById(a.getDeptItemId()).orElseThrow();
            if (item.isDeleted()) {
                a.cancel(now);
            } else {
                var before = DeptItemAudit.prices(item);
                a.applyTo(item, now);
                items.saveAndFlush(item);
                events.changed(item);
                deptItemAudit.record("deptItem.adjustApplied", item, before);
            }
            adjusts.saveAndFlush(a);
        }
    }

    @Override
    public void cancelled(ScheduleTask task, LocalDateTime now) {
        for (DeptItemAdjust a : adjusts.findByTaskIdOrderById(task.getId())) {
            if (a.getState() == DeptItemAdjust.WAITING || a.getState() == DeptItemAdjust.AUDITING) {
                a.cancel(now);
                adjusts.save(a);
            }
        }
        adjusts.flush();
    }
}
