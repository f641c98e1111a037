package com.nuoer.customer.directorg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A direct organisation (直客): a code referenced by DeptItem.orgCode and ApiRecord.orgCode. */
@Entity
@Table(name = "direct_org")
public class DirectOrg {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String orgCode;
    @Column(nullable = false)
    private String orgName;
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected DirectOrg() {
    }

    public static DirectOrg create(String orgCode, String orgName, Long createBy, LocalDateTime now) {
        DirectOrg o = new DirectOrg();
        o.orgCode = orgCode;
        o.orgName = orgName;
        o.createBy = createBy;
        o.createDate = now;
        o.updateDate = now;
        return o;
    }

    public Long getId() {
        return id;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public String getOrgName() {
        return orgName;
    }

    public Long getCreateBy() {
        return createBy;
    }

    public LocalDateTime getCreateDate() {
        return createDate;
    }

    public LocalDateTime getUpdateDate() {
        return updateDate;
    }
}
