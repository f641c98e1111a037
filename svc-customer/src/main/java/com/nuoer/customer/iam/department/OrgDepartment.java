package com.nuoer.customer.iam.department;

import com.nuoer.customer.iam.IamError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An internal department of the operator: a tree of at most {@value #MAX_LEVEL} levels with a manager. */
@Entity
@Table(name = "org_department")
public class OrgDepartment {

    public static final int MAX_LEVEL = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long merchantId;
    private long pid;
    @Column(nullable = false)
    private String name;
    private int level;
    private Long mangerStaffId;
    private String remark;
    @Column(nullable = false)
    private String appcode;
    private boolean deleted;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected OrgDepartment() {
    }

    public static OrgDepartment create(long merchantId, String appcode, Long createBy, LocalDateTime now) {
        OrgDepartment d = new OrgDepartment();
        d.merchantId = merchantId;
        d.appcode = appcode;
        d.createBy = createBy;
        d.createTime = now;
        return d;
    }

    /** Places the department under {@code parent} (null = top level); more than 3 levels are refused. */
    public void define(OrgDepartment parent, String name, Long mangerStaffId, String remark, LocalDateTime now) {
        int newLevel = parent == null ? 1 : parent.level + 1;
        if (newLevel > MAX_LEVEL) {
            throw IamError.LEVEL_EXCEEDED.exception("部门最多支持3级");
        }
        this.pid = parent == null ? 0 : parent.id;
        this.level = newLevel;
        this.name = name;
        this.mangerStaffId = mangerStaffId;
        this.remark = remark;
        this.modifyTime = now;
    }

    public void delete(LocalDateTime now) {
        this.deleted = true;
        this.modifyTime = now;
    }

    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getPid() {
        return pid;
    }

    public String getName() {
        return name;
    }

    public int getLevel() {
        return level;
    }

    public Long getMangerStaffId() {
        return mangerStaffId;
    }

    public String getRemark() {
        return remark;
    }

    public String getAppcode() {
        return appcode;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Long getCreateBy() {
        return createBy;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }
}
