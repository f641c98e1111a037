package com.nuoer.customer.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A developer account ("dept", 机构/开发账户) of an organisation: the API credentials {@code appId/appSecret}, one
 * per env. The secret has no getter on purpose: it is only ever revealed through {@link #revealSecret()} by the
 * owner-facing developerInfo use case and to svc-apicall, never in lists or sessions.
 */
@Entity
@Table(name = "dept")
public class Dept {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organizationId;
    private Long userId;

    @Column(nullable = false)
    private String deptName;

    @Column(nullable = false, updatable = false)
    private String appId;

    @Column(nullable = false)
    private String appSecret;

    @Column(nullable = false)
    private String env;

    /** DeptStatus: 0 试用, 1 正常. */
    private int status;
    private String whiteIpList;
    private Integer overdraftType;
    private String emails;
    private LocalDate trialEndDate;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected Dept() {
    }

    /** The secret, for the owner's developerInfo and for signature checks — never for lists or sessions. */
    public String revealSecret() {
        return appSecret;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getDeptName() {
        return deptName;
    }

    public String getAppId() {
        return appId;
    }

    public String getEnv() {
        return env;
    }

    public int getStatus() {
        return status;
    }

    public String getWhiteIpList() {
        return whiteIpList;
    }

    public Integer getOverdraftType() {
        return overdraftType;
    }

    public String getEmails() {
        return emails;
    }

    public LocalDate getTrialEndDate() {
        return trialEndDate;
    }

    public LocalDateTime getCreateDate() {
        return createDate;
    }

    public LocalDateTime getUpdateDate() {
        return updateDate;
    }

    @Override
    public String toString() {
        return "Dept{id=" + id + ", appId=" + appId + ", env=" + env + "}";
    }
}
