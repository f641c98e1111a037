package com.nuoer.customer.entitlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A price adjustment (DeptItemAdjust, domain.md §3.2, DTO codes): create → 10 待审核 (sales below floor price) or
 * 0 未生效 (future planTime) → 20 已变更 when applied; cancel → -1; reject → -10.
 */
@Entity
@Table(name = "dept_item_adjust")
public class DeptItemAdjust {

    public static final int REJECTED = -10;
    public static final int CANCELLED = -1;
    public static final int WAITING = 0;
    public static final int AUDITING = 10;
    public static final int APPLIED = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long deptId;
    private Long deptItemId;
    private String checkItem;
    private String itemName;
    private int state;
    private BigDecimal beforeFee;
    private String beforeFeeDetail;
    private Integer beforeChargeType;
    private Integer beforeFeeType;
    private BigDecimal afterFee;
    private String afterFeeDetail;
    private Integer afterChargeType;
    private Integer afterFeeType;
    private LocalDateTime planTime;
    private LocalDateTime effectTime;
    private Long taskId;
    private Long salesmanId;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected DeptItemAdjust() {
    }

    public static DeptItemAdjust of(DeptItem item, BigDecimal fee, String feeDetail, Integer chargeType,
                                    Integer feeType, LocalDateTime planTime, boolean needsApproval, Long salesmanId,
                                    Long createBy, LocalDateTime now) {
        DeptItemAdjust a = new DeptItemAdjust();
        a.deptId = item.getDeptId();
        a.deptItemId = item.getId();
        a.checkItem = item.getCheckItem();
        a.itemName = item.getItemName();
        a.state = needsApproval ? AUDITING : WAITING;
        a.beforeFee = item.getFee();
        a.beforeFeeDetail = item.getFeeDetail();
        a.beforeChargeType = item.getChargeType();
        a.beforeFeeType = item.getFeeType();
        a.afterFee = fee != null ? fee : item.getFee();
        a.afterFeeDetail = feeDetail != null ? feeDetail : item.getFeeDetail();
        a.afterChargeType = chargeType != null ? chargeType : item.getChargeType();
        a.afterFeeType = feeType != null ? feeType : item.getFeeType();
        a.planTime = planTime;
        a.salesmanId = salesmanId;
        a.createBy = createBy;
        a.createDate = now;
        a.updateDate = now;
        return a;
    }

    /** Applies the new price to the item (0 → 20). */
    public void applyTo(DeptItem item, LocalDateTime now) {
        if (state != WAITING) {
            throw DeptItemErrors.ADJUST_STATE.exception("调价记录不是未生效状态，不能执行");
        }
        beforeFee = item.getFee();
        beforeFeeDetail = item.getFeeDetail();
        beforeChargeType = item.getChargeType();
        beforeFeeType = item.getFeeType();
        item.changePrice(afterFee, afterFeeDetail, afterChargeType, afterFeeType, now);
        state = APPLIED;
        effectTime = now;
        updateDate = now;
    }

    /** Ops approve a 待审核 adjustment (10 → 0). */
    public void approve(LocalDateTime now) {
        if (state != AUDITING) {
            throw DeptItemErrors.ADJUST_STATE.exception();
        }
        state = WAITING;
        updateDate = now;
    }

    public void reject(LocalDateTime now) {
        if (state != AUDITING) {
            throw DeptItemErrors.ADJUST_STATE.exception();
        }
        state = REJECTED;
        updateDate = now;
    }

    /** 0/10 → -1; a cancelled one stays (false). */
    public boolean cancel(LocalDateTime now) {
        if (state == CANCELLED) {
            return false;
        }
        if (state != WAITING && state != AUDITING) {
            throw DeptItemErrors.ADJUST_STATE.exception("已生效或已驳回的调价不能取消");
        }
        state = CANCELLED;
        updateDate = now;
        return true;
    }

    public void scheduledBy(Long taskId) {
        this.taskId = taskId;
    }

    public Long getId() {
        return id;
    }

    public Long getDeptId() {
        return deptId;
    }

    public Long getDeptItemId() {
        return deptItemId;
    }

    public int getState() {
        return state;
    }

    public LocalDateTime getPlanTime() {
        return planTime;
    }

    public Long getTaskId() {
        return taskId;
    }

    public BigDecimal getAfterFee() {
        return afterFee;
    }
}
