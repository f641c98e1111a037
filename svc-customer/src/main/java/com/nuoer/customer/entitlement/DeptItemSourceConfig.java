package com.nuoer.customer.entitlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A customer's own upstream for a product (DeptItemSourceConfig): tried by ascending priority. */
@Entity
@Table(name = "dept_item_source_config")
public class DeptItemSourceConfig {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Long deptId;
    @Column(updatable = false)
    private String checkItem;
    @Column(updatable = false)
    private Long sourceId;
    private Long dataSourceId;
    private int priority;
    private boolean deleted;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected DeptItemSourceConfig() {
    }

    public static DeptItemSourceConfig of(long deptId, String checkItem, long sourceId, long dataSourceId,
                                          int priority, LocalDateTime now) {
        DeptItemSourceConfig c = new DeptItemSourceConfig();
        c.deptId = deptId;
        c.checkItem = checkItem;
        c.sourceId = sourceId;
        c.dataSourceId = dataSourceId;
        c.priority = priority;
        c.createDate = now;
        c.updateDate = now;
        return c;
    }

    public void priority(int priority, LocalDateTime now) {
        this.priority = priority;
        this.updateDate = now;
    }

    /** Soft delete; false when it was already deleted. */
    public boolean delete(LocalDateTime now) {
        if (deleted) {
            return false;
        }
        deleted = true;
        updateDate = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getDeptId() {
        return deptId;
    }

    public String getCheckItem() {
        return checkItem;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Long getDataSourceId() {
        return dataSourceId;
    }

    public int getPriority() {
        return priority;
    }

    public java.time.LocalDateTime getCreateDate() {
        return createDate;
    }

    public java.time.LocalDateTime getUpdateDate() {
        return updateDate;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
