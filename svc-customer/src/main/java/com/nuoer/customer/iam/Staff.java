package com.nuoer.customer.iam;

import com.nuoer.common.error.BizException;
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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A user working in crm or sales (one row per user and app) with the roles it holds in that app. */
@Entity
@Table(name = "staff")
public class Staff {

    /** state 10 在职; -1 = deleted (kept: sales history refers to the staff). */
    public static final int ACTIVE = 10;
    public static final int DELETED = -1;

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

    @Column(updatable = false)
    private Long createBy;

    protected Staff() {
    }

    /** A new active staff member of an app, bound to an existing user account. */
    public static Staff create(Long userId, String appcode, long merchantId, Long createBy, LocalDateTime now) {
        Staff s = new Staff();
        s.userId = Objects.requireNonNull(userId);
        s.appcode = Objects.requireNonNull(appcode);
        s.merchantId = merchantId;
        s.state = ACTIVE;
        s.tenantId = 1L;
        s.createBy = createBy;
        s.createTime = now;
        s.modifyTime = now;
        return s;
    }

    /** Name, contact, department, remark; a null argument keeps the current value (edit semantics). */
    public void describe(String name, String mobile, String email, Long departmentId, String remark,
                         LocalDateTime now) {
        if (name != null) {
            this.name = name;
        }
        if (mobile != null) {
            this.mobile = mobile;
        }
        if (email != null) {
            this.email = email.isBlank() ? null : email;
        }
        if (departmentId != null) {
            this.departmentId = departmentId == 0 ? null : departmentId;
        }
        if (remark != null) {
            this.remark = remark;
        }
        this.modifyTime = now;
    }

    /** Replaces the roles; all must be live roles of this staff's app (checked by the caller). */
    public void assignRoles(Collection<Role> newRoles, LocalDateTime now) {
        roles.clear();
        roles.addAll(newRoles);
        this.modifyTime = now;
    }

    /** A deleted staff member added again: active again (history keeps pointing at the same row). */
    public void restore(LocalDateTime now) {
        this.state = ACTIVE;
        this.modifyTime = now;
    }

    /**
     * staff/delete: disables the staff member. While it still has customers assigned ({@code customerCount} from
     * svc-sales) the first call is refused with 40930 and the count, and only a call with {@code confirmed} goes
     * through. Deleting a deleted staff member changes nothing.
     *
     * @return true if the state changed
     */
    public boolean delete(long customerCount, boolean confirmed, LocalDateTime now) {
        if (!isActive()) {
            return false;
        }
        if (customerCount > 0 && !confirmed) {
            throw new BizException(IamError.STAFF_HAS_CUSTOMERS.code(),
                    "员工" + name + "名下仍有" + customerCount + "个客户，确认删除吗？", java.util.Map.of(
                            "customerCount", customerCount));
        }
        this.state = DELETED;
        this.modifyTime = now;
        return true;
    }

    public Long getCreateBy() {
        return createBy;
    }

    public boolean isActive() {
        return state == ACTIVE;
    }

    /** Codes of this staff's roles in its own app, sorted (roles of other apps never leak into a session). */
    public List<String> roleCodes() {
        return roles.stream().filter(r -> appcode.equals(r.getAppcode()) && !r.isDeleted()).map(Role::getCode).distinct().sorted()
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
