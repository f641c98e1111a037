package com.nuoer.customer.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A role of one app (crm or sales) of a merchant; its code goes into the session ({@code roles}) for permission
 * checks. Menus and buttons per role come with the role/pageConfig endpoints.
 */
@Entity
@Table(name = "role")
public class Role {

    /** Code of the role that sees every menu of its app. */
    public static final String ADMIN = "admin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String appcode;

    private long merchantId;
    private String remark;
    private boolean deletable;
    private long tenantId;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected Role() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAppcode() {
        return appcode;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public String getRemark() {
        return remark;
    }

    public boolean isDeletable() {
        return deletable;
    }

    public long getTenantId() {
        return tenantId;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }
}
