package com.nuoer.customer.org.auth;

import com.nuoer.customer.org.Address;
import com.nuoer.customer.org.OrgErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An authentication record (认证, flow F3; domain.md §3.2): submitted {@code 0 待审核} → {@code auth/audit} pass
 * {@code 10} (the user's authType and the organisation's name/enterpriseNo follow) or reject with a reason
 * {@code -10}. Editable only while 0 or -10. {@code manualAuth} and passed registrations create it already passed.
 */
@Entity
@Table(name = "auth_record")
@DynamicUpdate
public class AuthRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long userId;
    private Long organizationId;
    private int authType;
    private int state;
    private String enterpriseName;
    private String enterpriseNo;
    private String realName;
    private String idCard;
    private String mobile;
    private String businessImg;
    private String idCardFront;
    private String idCardBack;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> workspaceImgList;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> certificationList;
    private String linkman;
    private String linkMobile;
    private String linkEmail;
    private String linkPosition;
    private String businessDesc;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address addressInfo;
    private String industry;
    private LocalDateTime auditTime;
    private String auditRemark;
    private Long auditBy;
    private String sourceAppcode;
    private long tenantId;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected AuthRecord() {
    }

    /** The data of a record; nulls leave the current values on edit. */
    public record Data(Integer authType, String enterpriseName, String enterpriseNo, String realName, String idCard,
                       String mobile, String businessImg, String idCardFront, String idCardBack,
                       List<String> workspaceImgList, List<String> certificationList, String linkman,
                       String linkMobile, String linkEmail, String linkPosition, String businessDesc,
                       Address addressInfo, String industry) {
    }

    /** A record that is passed on creation (registration, manualAuth, crm edit of a customer). */
    public static AuthRecord passed(Long userId, Long organizationId, Data data, String sourceAppcode, String remark,
                                    Long by, LocalDateTime now) {
        AuthRecord r = new AuthRecord();
        r.userId = userId;
        r.organizationId = organizationId;
        r.authType = data.authType() == null ? AuthType.ENTERPRISE : data.authType();
        r.state = AuthState.PASSED;
        r.tenantId = 1L;
        r.sourceAppcode = sourceAppcode;
        r.createBy = by;
        r.createTime = now;
        r.apply(data, now);
        r.auditTime = now;
        r.auditBy = by;
        r.auditRemark = remark;
        return r;
    }

    /** A submitted record awaiting audit (kept for completeness: beeback self-authentication, demo data). */
    public static AuthRecord submitted(Long userId, Long organizationId, Data data, String sourceAppcode, Long by,
                                       LocalDateTime now) {
        AuthRecord r = new AuthRecord();
        r.userId = userId;
        r.organizationId = organizationId;
        r.authType = data.authType() == null ? AuthType.ENTERPRISE : data.authType();
        r.state = AuthState.PENDING;
        r.tenantId = 1L;
        r.sourceAppcode = sourceAppcode;
        r.createBy = by;
        r.createTime = now;
        r.apply(data, now);
        return r;
    }

    /** auth/edit: only while pending or rejected. */
    public void edit(Data data, String remark, LocalDateTime now) {
        if (state == AuthState.PASSED) {
            throw OrgErrorCode.AUTH_STATE.exception("认证记录已审核通过，不能编辑");
        }
        apply(data, now);
        if (remark != null) {
            auditRemark = remark;
        }
    }

    /** crm customer edit of the authentication data (any state; a passed record stays passed). */
    public void correct(Data data, LocalDateTime now) {
        apply(data, now);
    }

    /** Pass; false when it passed already (idempotent repeat). */
    public boolean pass(Long by, LocalDateTime now) {
        if (state == AuthState.PASSED) {
            return false;
        }
        if (state == AuthState.REJECTED) {
            throw OrgErrorCode.AUTH_STATE.exception("认证记录已驳回，修改后才能重新审核");
        }
        state = AuthState.PASSED;
        auditBy = by;
        auditTime = now;
        modifyTime = now;
        return true;
    }

    /** Reject with a reason; false when it was rejected already. */
    public boolean reject(String reason, Long by, LocalDateTime now) {
        if (state == AuthState.REJECTED) {
            return false;
        }
        if (state == AuthState.PASSED) {
            throw OrgErrorCode.AUTH_STATE.exception("认证记录已审核通过，不能驳回");
        }
        state = AuthState.REJECTED;
        auditRemark = reason;
        auditBy = by;
        auditTime = now;
        modifyTime = now;
        return true;
    }

    /** A rejected record that was edited goes back to audit. */
    public void resubmitIfRejected(LocalDateTime now) {
        if (state == AuthState.REJECTED) {
            state = AuthState.PENDING;
            modifyTime = now;
        }
    }

    private void apply(Data d, LocalDateTime now) {
        if (d.authType() != null) {
            authType = d.authType();
        }
        enterpriseName = keep(enterpriseName, d.enterpriseName());
        enterpriseNo = keep(enterpriseNo, d.enterpriseNo());
        realName = keep(realName, d.realName());
        idCard = keep(idCard, d.idCard());
        mobile = keep(mobile, d.mobile());
        businessImg = keep(businessImg, d.businessImg());
        idCardFront = keep(idCardFront, d.idCardFront());
        idCardBack = keep(idCardBack, d.idCardBack());
        if (d.workspaceImgList() != null) {
            workspaceImgList = new ArrayList<>(d.workspaceImgList());
        }
        if (d.certificationList() != null) {
            certificationList = new ArrayList<>(d.certificationList());
        }
        linkman = keep(linkman, d.linkman());
        linkMobile = keep(linkMobile, d.linkMobile());
        linkEmail = keep(linkEmail, d.linkEmail());
        linkPosition = keep(linkPosition, d.linkPosition());
        businessDesc = keep(businessDesc, d.businessDesc());
        if (d.addressInfo() != null) {
            addressInfo = d.addressInfo().normalised();
        }
        industry = keep(industry, d.industry());
        modifyTime = now;
    }

    private static String keep(String current, String update) {
        return update != null ? update : current;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getOrganizationId() { return organizationId; }
    public int getAuthType() { return authType; }
    public int getState() { return state; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getEnterpriseNo() { return enterpriseNo; }
    public String getRealName() { return realName; }
    public String getIdCard() { return idCard; }
    public String getMobile() { return mobile; }
    public String getBusinessImg() { return businessImg; }
    public String getIdCardFront() { return idCardFront; }
    public String getIdCardBack() { return idCardBack; }
    public List<String> getWorkspaceImgList() { return workspaceImgList; }
    public List<String> getCertificationList() { return certificationList; }
    public String getLinkman() { return linkman; }
    public String getLinkMobile() { return linkMobile; }
    public String getLinkEmail() { return linkEmail; }
    public String getLinkPosition() { return linkPosition; }
    public String getBusinessDesc() { return businessDesc; }
    public Address getAddressInfo() { return addressInfo; }
    public String getIndustry() { return industry; }
    public LocalDateTime getAuditTime() { return auditTime; }
    public String getAuditRemark() { return auditRemark; }
    public String getSourceAppcode() { return sourceAppcode; }
    public long getTenantId() { return tenantId; }
    public Long getCreateBy() { return createBy; }
    public LocalDateTime getCreateTime() { return createTime; }
    public LocalDateTime getModifyTime() { return modifyTime; }
}
