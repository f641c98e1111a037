package com.nuoer.customer.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A user working in crm or sales (one row per user and app) with the roles it holds in that app. */
@Entity
@Table(name = "staff")
public class Staff {

    /** state 10 在职; -1 = deleted (kept: sales history refers to the staff). */
    public static final int ACTIVE = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String name;

    private String mobile;
    private String email;
    private long merchantId;

    @Column(nullable = false)
    private String appcode;

    private Long departmentId;
    private String remark;
    @Column(precision = 18, scale = 2)
    private BigDecimal maxWalletQuota;
    @Column(precision = 18, scale = 2)
    private BigDecimal usedWalletQuota;
    private int state;
    private long tenantId;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    @ManyToMany
    @JoinTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();

    protected Staff() {
    }

    public boolean isActive() {
        return state == ACTIVE;
    }

    /** Codes of this staff's roles in its own app, sorted (roles of other apps never leak into a session). */
    public List<String> roleCodes() {
        return roles.stream().filter(r -> appcode.equals(r.getAppcode())).map(Role::getCode).distinct().sorted()
                .toList();
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public String getAppcode() {
        return appcode;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getRemark() {
        return remark;
    }

    public BigDecimal getMaxWalletQuota() {
        return maxWalletQuota;
    }

    public BigDecimal getUsedWalletQuota() {
        return usedWalletQuota;
    }

    public int getState() {
        return state;
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

    public Set<Role> getRoles() {
        return roles;
    }
}
