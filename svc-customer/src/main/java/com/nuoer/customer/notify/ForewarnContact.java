package com.nuoer.customer.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An alert contact (预警联系人) of an organisation: where API-error and low-balance alerts are sent. */
@Entity
@Table(name = "forewarn_contact")
public class ForewarnContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organizationId;
    private Long userId;
    private String linkman;
    private String mobile;
    private String email;
    private String webhook;
    private boolean isDefault;
    private boolean deleted;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected ForewarnContact() {
    }

    public static ForewarnContact create(Long organizationId, Long userId, LocalDateTime now) {
        ForewarnContact c = new ForewarnContact();
        c.organizationId = organizationId;
        c.userId = userId;
        c.createTime = now;
        c.modifyTime = now;
        return c;
    }

    /** Sets the details; at least one way to reach the contact is required. */
    public void update(String linkman, String mobile, String email, String webhook, boolean isDefault,
                       LocalDateTime now) {
        if (blank(mobile) && blank(email) && blank(webhook)) {
            throw new com.nuoer.common.error.BizException(com.nuoer.common.error.ErrorCode.VALIDATION_FAILED,
                    "联系电话、邮箱、webhook至少填写一项");
        }
        if (deleted) {
            throw com.nuoer.common.error.BizException.notFound("联系人");
        }
        this.linkman = trim(linkman);
        this.mobile = trim(mobile);
        this.email = trim(email);
        this.webhook = trim(webhook);
        this.isDefault = isDefault;
        this.modifyTime = now;
    }

    public void clearDefault(LocalDateTime now) {
        if (isDefault) {
            isDefault = false;
            modifyTime = now;
        }
    }

    /** Soft delete; deleting again is a no-op. */
    public void delete(LocalDateTime now) {
        if (!deleted) {
            deleted = true;
            isDefault = false;
            modifyTime = now;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
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

    public String getLinkman() {
        return linkman;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getWebhook() {
        return webhook;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }
}
