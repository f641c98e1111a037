package com.nuoer.apicall.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A model match job (domain.md §2.3 ModelMatchRecord): a sample file matched against a model (a catalogue product of
 * checkType 112). State 10 进行中 → 20 已完成 (resultKey, matchCount, finishTime) or -10 失败 [P]. The worker that
 * runs it is recorded with a heartbeat, so a job left by a dead instance is taken over (see {@link MatchWorker}).
 */
@Entity
@Table(name = "model_match_record")
public class ModelMatchRecord {

    public static final int RUNNING = 10;
    public static final int DONE = 20;
    public static final int FAILED = -10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String modelCode;
    private String modelName;
    private String note;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Long> deptIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> deptNames = new ArrayList<>();
    private String fileName;
    private String fileKey;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> matchColumns = new LinkedHashMap<>();
    private int state;
    private String resultKey;
    private int sampleCount;
    private int processedCount;
    private int matchCount;
    private String errorMsg;
    private int attempts;
    private String workerId;
    private LocalDateTime heartbeatAt;
    private String appcode;
    private Long createBy;
    private LocalDateTime createDate;
    private LocalDateTime updateDate;
    private LocalDateTime finishTime;

    protected ModelMatchRecord() {
    }

    /** A new job in state 10; {@code workerId} set when the caller runs it at once (claimed), else null. */
    public static ModelMatchRecord submit(String modelCode, String modelName, String note, List<Long> deptIds,
                                          List<String> deptNames, String fileName, String fileKey,
                                          Map<String, String> matchColumns, int sampleCount, String workerId,
                                          String appcode, Long createBy, LocalDateTime now) {
        ModelMatchRecord r = new ModelMatchRecord();
        r.modelCode = modelCode;
        r.modelName = modelName;
        r.note = note;
        r.deptIds = new ArrayList<>(deptIds);
        r.deptNames = new ArrayList<>(deptNames);
        r.fileName = fileName;
        r.fileKey = fileKey;
        r.matchColumns = new LinkedHashMap<>(matchColumns);
        r.state = RUNNING;
        r.sampleCount = sampleCount;
        r.workerId = workerId;
        r.heartbeatAt = workerId == null ? null : now;
        r.attempts = workerId == null ? 0 : 1;
        r.appcode = appcode;
        r.createBy = createBy;
        r.createDate = now;
        r.updateDate = now;
        return r;
    }

    public Long getId() {
        return id;
    }

    public String getModelCode() {
        return modelCode;
    }

    public String getModelName() {
        return modelName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileKey() {
        return fileKey;
    }

    public Map<String, String> getMatchColumns() {
        return matchColumns == null ? Map.of() : matchColumns;
    }

    public int getState() {
        return state;
    }

    public String getResultKey() {
        return resultKey;
    }
}
