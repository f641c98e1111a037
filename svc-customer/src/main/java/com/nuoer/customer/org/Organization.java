package com.nuoer.customer.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer company (组织/企业). Its id is the canonical customerId/enterpriseId; {@code merchantId} is its
 * user-centre merchant (1:1); {@code ownerUserId} the account that logs in to beeback for it (domain.md §2.1).
 * {@code assistantId} is a projection of svc-sales (the salesman maintaining the customer).
 *
 * <p>State machine (domain.md §3.2): created {@code 10 正常} by a passed registration; {@code -1 禁用} ↔ {@code 10}
 * by crm edit; {@code 0 待审核} may go to 10 or -1 but nothing goes back to 0; delete is soft and final.
 * Grade, royalty, channel, assignment and follow date are projections of svc-sales, the overdraft type one of
 * svc-wallet; they are set here at registration (so the ORG DTO is complete at once) and refreshed by events.
 */
@Entity
@Table(name = "organization")
@DynamicUpdate
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

    private String enterpriseNo;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address addressInfo;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> certificationList;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> workspaceImgList;
    private String gradeCode;
    private BigDecimal royaltyRate;
    private String gainChannel;
    private LocalDateTime assignTime;
    private LocalDate nearFollowDate;
    private Long opportunityId;
    private Long opportunitySalesmanId;
    private String opportunityRoleType;
    /** OverdraftType enum name (projection of svc-wallet); null = UNACTIVATED. */
    private String overdraftType;
    private LocalDateTime deleteTime;

    protected Organization() {
    }

    /** Editable profile fields; a null leaves the current value. */
    public record Profile(String organizationName, String aliasName, String mobile, String linkman, String linkMobile,
                          String email, Integer customerType, String customerNature, String industry,
                          String enterpriseDesc, String enterpriseNo, Address addressInfo,
                          List<String> certificationList, List<String> workspaceImgList) {
    }

    /** A new customer organisation in state 10 (registration passed), owned by {@code ownerUserId}. */
    public static Organization register(long merchantId, Long ownerUserId, Profile profile, String sourceAppcode,
                                        Long createBy, LocalDateTime now) {
        Organization org = new Organization();
        org.merchantId = merchantId;
        org.ownerUserId = Objects.requireNonNull(ownerUserId);
        org.organizationName = Objects.requireNonNull(profile.organizationName());
        org.state = OrgState.NORMAL.code();
        org.tenantId = 1L;
        org.sourceAppcode = sourceAppcode;
        org.createBy = createBy;
        org.createTime = now;
        org.updateProfile(profile, now);
        return org;
    }

    public void updateProfile(Profile p, LocalDateTime now) {
        if (p.organizationName() != null && !p.organizationName().isBlank()) {
            organizationName = p.organizationName();
        }
        aliasName = keep(aliasName, p.aliasName());
        mobile = keep(mobile, p.mobile());
        linkman = keep(linkman, p.linkman());
        linkMobile = keep(linkMobile, p.linkMobile());
        email = keep(email, p.email());
        customerType = p.customerType() != null ? p.customerType() : customerType;
        customerNature = keep(customerNature, p.customerNature());
        industry = keep(industry, p.industry());
        enterpriseDesc = keep(enterpriseDesc, p.enterpriseDesc());
        enterpriseNo = keep(enterpriseNo, p.enterpriseNo());
        if (p.addressInfo() != null) {
            addressInfo = p.addressInfo().normalised();
        }
        if (p.certificationList() != null) {
            certificationList = new ArrayList<>(p.certificationList());
        }
        if (p.workspaceImgList() != null) {
            workspaceImgList = new ArrayList<>(p.workspaceImgList());
        }
        modifyTime = now;
    }

    /** The sales assignment known at registration (svc-sales confirms it with CustomerAssigned). */
    public void assign(Long assistantId, String gradeCode, BigDecimal royaltyRate, String gainChannel,
                       Long opportunityId, LocalDateTime now) {
        this.assistantId = assistantId;
        this.gradeCode = gradeCode;
        this.royaltyRate = royaltyRate;
        this.gainChannel = gainChannel;
        this.opportunityId = opportunityId;
        this.assignTime = assistantId == null ? null : now;
        this.modifyTime = now;
    }

    /** crm edit of {@code baseInfo.state}: -1 ↔ 10, 0 → -1/10; never back to 0; deleted customers are final. */
    public boolean changeState(OrgState target, LocalDateTime now) {
        ensureNotDeleted();
        if (target.code() == state) {
            return false;
        }
        if (target == OrgState.PENDING) {
            throw OrgErrorCode.ORG_STATE.exception("客户状态不能改回待审核");
        }
        state = target.code();
        modifyTime = now;
        return true;
    }

    /** F3: a passed authentication renames the organisation to the authenticated enterprise. */
    public void authenticated(String enterpriseName, String enterpriseNo, LocalDateTime now) {
        ensureNotDeleted();
        if (enterpriseName != null && !enterpriseName.isBlank()) {
            this.organizationName = enterpriseName;
        }
        if (enterpriseNo != null && !enterpriseNo.isBlank()) {
            this.enterpriseNo = enterpriseNo;
        }
        this.modifyTime = now;
    }

    /** Soft delete (F15); returns false when it was deleted already (delete is idempotent). */
    public boolean delete(boolean hasDeveloperAccounts, LocalDateTime now) {
        if (deleted) {
            return false;
        }
        if (hasDeveloperAccounts && state != OrgState.DISABLED.code()) {
            throw OrgErrorCode.CUSTOMER_IN_USE.exception();
        }
        deleted = true;
        deleteTime = now;
        modifyTime = now;
        return true;
    }

    private void ensureNotDeleted() {
        if (deleted) {
            throw OrgErrorCode.ORG_STATE.exception("客户已删除");
        }
    }

    private static String keep(String current, String update) {
        return update != null ? update : current;
    }

    public String getEnterpriseNo() {
        return enterpriseNo;
    }

    public Address getAddressInfo() {
        return addressInfo;
    }

    public List<String> getCertificationList() {
        return certificationList;
    }

    public List<String> getWorkspaceImgList() {
        return workspaceImgList;
    }

    public String getGradeCode() {
        return gradeCode;
    }

    public BigDecimal getRoyaltyRate() {
        return royaltyRate;
    }

    public String getGainChannel() {
        return gainChannel;
    }

    public LocalDateTime getAssignTime() {
        return assignTime;
    }

    public LocalDate getNearFollowDate() {
        return nearFollowDate;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public Long getOpportunitySalesmanId() {
        return opportunitySalesmanId;
    }

    public String getOpportunityRoleType() {
        return opportunityRoleType;
    }

    public String getOverdraftType() {
        return overdraftType;
    }

    public LocalDateTime getDeleteTime() {
        return deleteTime;
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
