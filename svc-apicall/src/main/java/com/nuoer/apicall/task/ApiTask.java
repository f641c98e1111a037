package com.nuoer.apicall.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A batch task (domain.md §2.3 ApiTask, F17): a stored file of subjects called one by one through the call pipeline.
 * States [P]: 0 草稿 → (execute) 20 执行中 → 30 已完成 | -10 失败; 10 待执行 → 20. A failed task keeps its unfinished
 * rows, so executing it again resumes them. Delete from 0/10/30/-10 (never while it runs). Progress counters are
 * written by {@link TaskWorker}.
 */
@Entity
@Table(name = "api_task")
public class ApiTask {

    public static final int DRAFT = 0;
    public static final int WAITING = 10;
    public static final int RUNNING = 20;
    public static final int DONE = 30;
    public static final int FAILED = -10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String taskNo;
    private String taskName;
    private Long deptId;
    private Long organizationId;
    private String appId;
    private String deptName;
    private String checkItem;
    private String itemName;
    private int encryptionType;
    private int state;
    private String taskParams;
    private String fileName;
    private String fileKey;
    private String resultKey;
    private String password;
    private int sampleCount;
    private int finishedCount;
    private int successCount;
    private int failCount;
    private int chargedCount;
    private BigDecimal fee = BigDecimal.ZERO;
    private String errorMsg;
    private String workerId;
    private LocalDateTime heartbeatAt;
    private Long createBy;
    private LocalDateTime executeTime;
    private LocalDateTime finishTime;
    private LocalDateTime createDate;
    private LocalDateTime updateDate;
    private boolean deleted;

    protected ApiTask() {
    }

    public static ApiTask submit(String taskNo, String taskName, Long deptId, Long organizationId, String appId,
                                 String deptName, String checkItem, String itemName, int encryptionType,
                                 boolean draft, String taskParams, String password, Long createBy,
                                 LocalDateTime now) {
        ApiTask t = new ApiTask();
        t.taskNo = taskNo;
        t.taskName = taskName;
        t.deptId = deptId;
        t.organizationId = organizationId;
        t.appId = appId;
        t.deptName = deptName;
        t.checkItem = checkItem;
        t.itemName = itemName;
        t.encryptionType = encryptionType;
        t.state = draft ? DRAFT : WAITING;
        t.taskParams = taskParams;
        t.password = password;
        t.createBy = createBy;
        t.createDate = now;
        t.updateDate = now;
        t.fileName = "";
        t.fileKey = "";
        return t;
    }

    /** The stored file and its row count (set once the file passed its checks). */
    public void attachFile(String fileName, String fileKey, int sampleCount) {
        this.fileName = fileName;
        this.fileKey = fileKey;
        this.sampleCount = sampleCount;
    }

    /** 0 / 10 → 20; a failed task (-10) resumes its unfinished rows. */
    public void execute(LocalDateTime now) {
        if (state != DRAFT && state != WAITING && state != FAILED) {
            throw TaskErrors.ILLEGAL_STATE.exception(state == RUNNING ? "任务正在执行中" : "任务已完成，不能再次执行");
        }
        state = RUNNING;
        if (executeTime == null) {
            executeTime = now;
        }
        errorMsg = null;
        workerId = null;
        heartbeatAt = null;
        finishTime = null;
        updateDate = now;
    }

    public void delete(LocalDateTime now) {
        if (state == RUNNING) {
            throw TaskErrors.ILLEGAL_STATE.exception("任务正在执行中，不能删除");
        }
        deleted = true;
        updateDate = now;
    }

    public Long getId() {
        return id;
    }

    public String getTaskNo() {
        return taskNo;
    }

    public String getTaskName() {
        return taskName;
    }

    public Long getDeptId() {
        return deptId;
    }

    public String getCheckItem() {
        return checkItem;
    }

    public int getState() {
        return state;
    }

    public int getSampleCount() {
        return sampleCount;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getResultKey() {
        return resultKey;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
