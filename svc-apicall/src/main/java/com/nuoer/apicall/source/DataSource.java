package com.nuoer.apicall.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A data source (数据源, upstream provider). {@code dataSourceCode} is the natural key and never changes. */
@Entity
@Table(name = "data_source")
public class DataSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String dataSourceCode;
    private String dataSourceName;
    private boolean builtin;
    private boolean deleted;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected DataSource() {
    }

    public static DataSource create(String code, String name, LocalDateTime now) {
        DataSource d = new DataSource();
        d.dataSourceCode = code;
        d.dataSourceName = name;
        d.createDate = now;
        d.updateDate = now;
        return d;
    }

    /** Renames; true when something changed. A deleted source comes back. */
    public boolean rename(String name, LocalDateTime now) {
        if (name.equals(dataSourceName) && !deleted) {
            return false;
        }
        dataSourceName = name;
        deleted = false;
        updateDate = now;
        return true;
    }

    public void delete(LocalDateTime now) {
        if (builtin) {
            throw com.nuoer.apicall.catalog.CatalogErrors.DATA_SOURCE_BUILTIN.exception();
        }
        deleted = true;
        updateDate = now;
    }

    public Long getId() {
        return id;
    }

    public String getDataSourceCode() {
        return dataSourceCode;
    }

    public String getDataSourceName() {
        return dataSourceName;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public LocalDateTime getCreateDate() {
        return createDate;
    }

    public LocalDateTime getUpdateDate() {
        return updateDate;
    }
}
