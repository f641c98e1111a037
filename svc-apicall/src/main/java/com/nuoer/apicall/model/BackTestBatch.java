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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A back-testing sample (domain.md §2.3 BackTestBatch), unique by {@code backName}: its latest file, identity columns
 * ({@code fixColumns}), result columns per model and row count; {@code batchCount} counts the uploads kept.
 * {@link #cover} replaces everything (isCover=true), {@link #append} adds a batch.
 */
@Entity
@Table(name = "back_test_batch")
public class BackTestBatch {

    /** A result column of the file and the model whose output it holds. */
    public record ResultColumn(String columnName, String modelCode, String note) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String backName;
    private String models;
    private int batchCount;
    private String fileKey;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> fixColumns = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ResultColumn> resultColumns = new ArrayList<>();
    private int sampleCount;
    private String appcode;
    private Long createBy;
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected BackTestBatch() {
    }

    public static BackTestBatch create(String backName, String appcode, Long createBy, LocalDateTime now) {
        BackTestBatch b = new BackTestBatch();
        b.backName = backName;
        b.appcode = appcode;
        b.createBy = createBy;
        b.createDate = now;
        return b;
    }

    /** isCover=true: this upload replaces the earlier ones. */
    public void cover(String fileKey, Map<String, String> fixColumns, List<ResultColumn> resultColumns, int count,
                      LocalDateTime now) {
        this.batchCount = 1;
        apply(fileKey, fixColumns, resultColumns, count, now);
    }

    /** Another upload of the same sample. */
    public void append(String fileKey, Map<String, String> fixColumns, List<ResultColumn> resultColumns, int count,
                       LocalDateTime now) {
        this.batchCount++;
        apply(fileKey, fixColumns, resultColumns, count, now);
    }

    private void apply(String fileKey, Map<String, String> fixColumns, List<ResultColumn> resultColumns, int count,
                       LocalDateTime now) {
        this.fileKey = fileKey;
        this.fixColumns = new LinkedHashMap<>(fixColumns);
        this.resultColumns = new ArrayList<>(resultColumns);
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        resultColumns.forEach(c -> codes.add(c.modelCode()));
        this.models = String.join(",", codes);
        this.sampleCount = count;
        this.updateDate = now;
    }

    public Long getId() {
        return id;
    }

    public String getBackName() {
        return backName;
    }

    public int getBatchCount() {
        return batchCount;
    }

    public String getFileKey() {
        return fileKey;
    }

    public Map<String, String> getFixColumns() {
        return fixColumns;
    }

    public List<ResultColumn> getResultColumns() {
        return resultColumns;
    }

    public int getSampleCount() {
        return sampleCount;
    }
}
