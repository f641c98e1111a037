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
 * per env. The secret is stored encrypted (AES-256-GCM, see {@code developer.SecretCipher}) and has no getter on
 * purpose: its stored form is only read through {@link #revealSecret()} by the owner-facing developerInfo use case,
 * the developer-info notice and the DeptChanged event, never in lists or sessions.
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
    /** Monotonic version, incremented by every change and carried by DeptChanged. */
    private long version;

    protected Dept() {
    }

    /** A new developer account in trial status (DeptStatus 0), whitelist disabled; the secret is already encrypted. */
    public static Dept open(Long organizationId, Long userId, String deptName, String appId, String encryptedSecret,
                            DevEnv env, LocalDateTime now) {
        Dept d = new Dept();
        d.organizationId = organizationId;
        d.userId = userId;
        d.deptName = deptName;
        d.appId = appId;
        d.appSecret = encryptedSecret;
        d.env = env.code();
        d.status = 0;
        d.whiteIpList = WHITELIST_OFF;
        d.createDate = now;
        d.updateDate = now;
        d.version = 1;
        return d;
    }

    /** 「whiteIpList=off」: the whitelist is disabled. */
    public static final String WHITELIST_OFF = "off";

    /** Replaces the IP whitelist ({@code off} disables it); the list is normalised (trimmed, no blanks, no repeats). */
    public void changeWhiteIpList(boolean enable, String ipList, LocalDateTime now) {
        String next;
        if (!enable) {
            next = WHITELIST_OFF;
        } else {
            next = java.util.Arrays.stream(ipList == null ? new String[0] : ipList.split(","))
                    .map(String::trim).filter(ip -> !ip.isEmpty()).distinct()
                    .collect(java.util.stream.Collectors.joining(","));
            if (next.isEmpty() || next.equals(WHITELIST_OFF)) {
                throw new com.nuoer.common.error.BizException(com.nuoer.common.error.ErrorCode.VALIDATION_FAILED,
                        "ipList: 开启白名单时必须填写IP");
            }
        }
        this.whiteIpList = next;
        touch(now);
    }

    /** Replaces the stored (encrypted) secret, e.g. when a legacy plain secret is encrypted. */
    public void replaceStoredSecret(String encryptedSecret, LocalDateTime now) {
        this.appSecret = encryptedSecret;
        touch(now);
    }

    private void touch(LocalDateTime now) {
        this.updateDate = now;
        this.version++;
    }

    /** The stored (encrypted) secret, for the owner's developerInfo and svc-apicall — never for lists or sessions. */
    public String revealSecret() {
        return appSecret;
    }

    public long getVersion() {
        return version;
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
