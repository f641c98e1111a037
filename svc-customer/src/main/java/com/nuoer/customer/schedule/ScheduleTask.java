package com.nuoer.customer.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.error.DomainError;
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
 * A task the scheduler runs once at {@code scheduleTime} (domain.md §3.2): 0 未执行 → 10 执行中 → 20 已执行 | failure
 * → -10 执行失败 (errorMsg kept) —retry→ 0; cancel (from 0/-10) → -1.
 */
@Entity
@Table(name = "schedule_task")
public class ScheduleTask {

    public static final int CANCELLED = -1;
    public static final int FAILED = -10;
    public static final int WAITING = 0;
    public static final int RUNNING = 10;
    public static final int DONE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private String taskKey;
    private String bizKey;
    private int state;
    private LocalDateTime scheduleTime;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode taskDetail;
    private Long deptId;
    private String checkItem;
    private LocalDateTime finishTime;
    private String errorMsg;
    private Long costMills;
    private int executeCount;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected ScheduleTask() {
    }

    public static ScheduleTask plan(String taskKey, String bizKey, LocalDateTime scheduleTime, JsonNode taskDetail,
                                    Long deptId, String checkItem, Long createBy, LocalDateTime now) {
        ScheduleTask t = new ScheduleTask();
        t.taskKey = taskKey;
        t.bizKey = bizKey;
        t.state = WAITING;
        t.scheduleTime = scheduleTime;
        t.taskDetail = taskDetail;
        t.deptId = deptId;
        t.checkItem = checkItem;
        t.createBy = createBy;
        t.createTime = now;
        t.modifyTime = now;
        return t;
    }

    /** 0 → 10 (claimed by one scheduler instance). */
    public void start(LocalDateTime now) {
        if (state != WAITING) {
            throw Errors.TASK_STATE.exception("任务不是未执行状态");
        }
        state = RUNNING;
        executeCount++;
        errorMsg = null;
        modifyTime = now;
    }

    /** 10 → 20. */
    public void finish(LocalDateTime now, long costMills) {
        if (state != RUNNING) {
            throw Errors.TASK_STATE.exception("任务不在执行中");
        }
        state = DONE;
        finishTime = now;
        this.costMills = costMills;
        modifyTime = now;
    }

    /** 10 → -10 with the error kept for the operator. */
    public void fail(String error, LocalDateTime now, long costMills) {
        state = FAILED;
        errorMsg = error == null ? "执行失败" : (error.length() > 1000 ? error.substring(0, 1000) : error);
        finishTime = now;
        this.costMills = costMills;
        modifyTime = now;
    }

    /** -10 → 0; a waiting task stays as it is (false). */
    public boolean retry(LocalDateTime now) {
        if (state == WAITING) {
            return false;
        }
        if (state != FAILED) {
            throw Errors.TASK_STATE.exception("只有执行失败的任务可以重试");
        }
        state = WAITING;
        finishTime = null;
        modifyTime = now;
        return true;
    }

    /** 0/-10 → -1; a cancelled task stays as it is (false). */
    public boolean cancel(LocalDateTime now) {
        if (state == CANCELLED) {
            return false;
        }
        if (state != WAITING && state != FAILED) {
            throw Errors.TASK_STATE.exception("执行中或已执行的任务不能取消");
        }
        state = CANCELLED;
        modifyTime = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getBizKey() {
        return bizKey;
    }

    public int getState() {
        return state;
    }

    public LocalDateTime getScheduleTime() {
        return scheduleTime;
    }

    public JsonNode getTaskDetail() {
        return taskDetail;
    }

    public String getCheckItem() {
        return checkItem;
    }

    public String getErrorMsg() {
        return errorMsg;
    }

    public int getExecuteCount() {
        return executeCount;
    }

    /** Refusals of the scheduler (409xx). */
    public enum Errors implements DomainError {
        TASK_STATE(40967, "任务当前状态不允许该操作");

        private final int code;
        private final String message;

        Errors(int code, String message) {
            this.code = code;
            this.message = message;
        }

        @Override
        public int code() {
            return code;
        }

        @Override
        public String message() {
            return message;
        }
    }
}
