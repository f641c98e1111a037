package com.nuoer.apicall.forewarn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An error-alert rule (domain.md §2.3 ForewarnItem, F12a): when the failed calls of {@code checkItem} by developer
 * account {@code deptId} reach {@code errorCount} within {@code periodSeconds}, the contacts are notified (once per
 * period). Unique per (deptId, checkItem): configuring again replaces the thresholds and contacts.
 */
@Entity
@Table(name = "forewarn_item")
public class ForewarnItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private Long deptId;
    @Column(nullable = false)
    private Long organizationId;
    private String deptName;
    @Column(nullable = false, updatable = false)
    private String checkItem;
    private int periodSeconds;
    private int errorCount;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Long> contactIds = new ArrayList<>();
    private Long createBy;
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected ForewarnItem() {
    }

    public static ForewarnItem create(long deptId, long organizationId, String deptName, String checkItem,
                                      Long createBy, LocalDateTime now) {
        ForewarnItem item = new ForewarnItem();
        item.deptId = deptId;
        item.organizationId = organizationId;
        item.deptName = deptName;
        item.checkItem = checkItem;
        item.createBy = createBy;
        item.createDate = now;
        return item;
    }

    /** Sets thresholds and contacts (validated by the request: period ≥ 10 s, count ≥ 1, at least one contact). */
    public void configure(int periodSeconds, int errorCount, List<Long> contactIds, String deptName,
                          LocalDateTime now) {
        if (periodSeconds < ForewarnRules.MIN_PERIOD_SECONDS || periodSeconds > ForewarnRules.MAX_PERIOD_SECONDS) {
            throw ForewarnErrors.BAD_PERIOD.exception();
        }
        if (errorCount < 1 || errorCount > ForewarnRules.MAX_ERROR_COUNT) {
            throw ForewarnErrors.BAD_ERROR_COUNT.exception();
        }
        this.periodSeconds = periodSeconds;
        this.errorCount = errorCount;
        this.contactIds = new ArrayList<>(contactIds.stream().distinct().toList());
        if (deptName != null) {
            this.deptName = deptName;
        }
        this.updateDate = now;
    }

    public Long getId() {
        return id;
    }

    public Long getDeptId() {
        return deptId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getDeptName() {
        return deptName;
    }

    public String getCheckItem() {
        return checkItem;
    }

    public int getPeriodSeconds() {
        return periodSeconds;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public List<Long> getContactIds() {
        return contactIds == null ? List.of() : List.copyOf(contactIds);
    }

    public Long getCreateBy() {
        return createBy;
    }
}
