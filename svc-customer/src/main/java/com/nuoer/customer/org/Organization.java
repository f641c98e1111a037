package com.nuoer.customer.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A customer company (组织/企业). Its id is the canonical customerId/enterpriseId; {@code merchantId} is its
 * user-centre merchant (1:1); {@code ownerUserId} the account that logs in to beeback for it (domain.md §2.1).
 * {@code assistantId} is a projection of svc-sales (the salesman maintaining the customer).
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long merchantId;

    @Column(nullable = false)
    private String organizationName;

    private String aliasName;
    private String mobile;
    /** OrgState: -1 禁用, 0 待审核, 10 正常. */
    private int state;
    private String logo;
    private String industry;
    private String customerNature;
    private String linkman;
    private String linkMobile;
    private String email;
    private Long ownerUserId;
    /** CustomerType: 10 试用客户, 20 正式客户. */
    private Integer customerType;
    private String enterpriseDesc;
    private String sourceAppcode;
    private Long assistantId;
    private long tenantId;
    private boolean deleted;
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected Organization() {
    }

    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getAliasName() {
        return aliasName;
    }

    public String getMobile() {
        return mobile;
    }

    public int getState() {
        return state;
    }

    public String getLogo() {
        return logo;
    }

    public String getIndustry() {
        return industry;
    }

    public String getCustomerNature() {
        return customerNature;
    }

    public String getLinkman() {
        return linkman;
    }

    public String getLinkMobile() {
        return linkMobile;
    }

    public String getEmail() {
        return email;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public Integer getCustomerType() {
        return customerType;
    }

    public String getEnterpriseDesc() {
        return enterpriseDesc;
    }

    public String getSourceAppcode() {
        return sourceAppcode;
    }

    public Long getAssistantId() {
        return assistantId;
    }

    public long getTenantId() {
        return tenantId;
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
