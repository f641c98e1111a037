package com.nuoer.apicall.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A product state change ordered with changeState (domain.md F11): applied at once (kept as history, status 20) or
 * pending until its effectTime (status 0), then applied exactly once — by svc-customer's scheduler through
 * {@code applyState}, or by {@link StateChangeJob} when that has not happened shortly after the effectTime. A later
 * changeState of the same product cancels the pending one (-1).
 */
@Entity
@Table(name = "check_item_state_change")
public class StateChange {

    public static final int PENDING = 0;
    public static final int RUNNING = 10;
    public static final int APPLIED = 20;
    public static final int CANCELLED = -1;
    public static final int FAILED = -10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "check_item", nullable = false, updatable = false)
    private String checkItem;
    private int fromState;
    private int toState;
    private LocalDateTime effectTime;
    private int noticeScope;
    private String noticeMethods;
    @JdbcTypeCode(SqlTypes.JSON)
    private String noticeCustomers;
    private String note;
    private int status;
    private Long openedCount;
    private int noticeCount;
    private Long createBy;
    private LocalDateTime createDate;
    private LocalDateTime appliedAt;
    private String errorMsg;

    protected StateChange() {
    }

    public static StateChange of(String checkItem, CheckItemState from, CheckItemState to, LocalDateTime effectTime,
                                 int noticeScope, String noticeMethods, String noticeCustomers, String note,
                                 Long openedCount, Long createBy, LocalDateTime now) {
        StateChange c = new StateChange();
        c.checkItem = checkItem;
        c.fromState = from.code();
        c.toState = to.code();
        c.effectTime = effectTime;
        c.noticeScope = noticeScope;
        c.noticeMethods = noticeMethods;
        c.noticeCustomers = noticeCustomers;
        c.note = note;
        c.openedCount = openedCount;
        c.createBy = createBy;
        c.createDate = now;
        c.status = PENDING;
        return c;
    }

    public void applied(CheckItemState from, int notices, LocalDateTime now) {
        fromState = from.code();
        status = APPLIED;
        noticeCount = notices;
        appliedAt = now;
    }

    public void failed(String why, LocalDateTime now) {
        status = FAILED;
        errorMsg = why;
        appliedAt = now;
    }

    public void cancel() {
        if (status == PENDING) {
            status = CANCELLED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCheckItem() {
        return checkItem;
    }

    public CheckItemState toState() {
        return CheckItemState.of(toState);
    }

    public LocalDateTime getEffectTime() {
        return effectTime;
    }

    public int getNoticeScope() {
        return noticeScope;
    }

    public String getNoticeMethods() {
        return noticeMethods;
    }

    public String getNoticeCustomers() {
        return noticeCustomers;
    }

    public String getNote() {
        return note;
    }

    public int getStatus() {
        return status;
    }

    public String getErrorMsg() {
        return errorMsg;
    }

    public int getFromState() {
        return fromState;
    }
}
