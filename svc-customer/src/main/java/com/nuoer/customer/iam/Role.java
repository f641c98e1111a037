package com.nuoer.customer.iam;

import com.nuoer.common.error.BizException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A role of one app (crm or sales) of a merchant; its code goes into the session ({@code roles}) for permission
 * checks, and the page menus (with buttons) it grants go into the session's {@code menus}. Built-in roles
 * ({@code deletable=false}, e.g. admin) cannot be deleted; a deleted role is kept (soft) so history still names it.
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
    private boolean deleted;
    @Column(updatable = false)
    private Long createBy;
    private Long effectUserId;

    @ElementCollection
    @CollectionTable(name = "role_menu", joinColumns = @JoinColumn(name = "role_id"))
    private Set<RoleMenuGrant> menus = new HashSet<>();

    protected Role() {
    }

    /** A new deletable role of an app of a merchant. */
    public static Role create(String code, String name, String appcode, long merchantId, Long createBy,
                              LocalDateTime now) {
        Role role = new Role();
        role.code = Objects.requireNonNull(code);
        role.appcode = Objects.requireNonNull(appcode);
        role.merchantId = merchantId;
        role.deletable = true;
        role.tenantId = 1L;
        role.createBy = createBy;
        role.createTime = now;
        role.name = name;
        role.modifyTime = now;
        return role;
    }

    public void describe(String name, String remark, LocalDateTime now) {
        this.name = Objects.requireNonNull(name);
        this.remark = remark;
        this.modifyTime = now;
    }

    /** Replaces the granted menus (already checked against the app's page menus by the caller). */
    public void grant(Collection<RoleMenuGrant> grants, LocalDateTime now) {
        menus.clear();
        menus.addAll(grants);
        this.modifyTime = now;
    }

    /**
     * Deletes the role; refused for a built-in role and for a role still held by active staff
     * ({@code activeHolders}). Deleting an already deleted role changes nothing.
     */
    public void delete(long activeHolders, LocalDateTime now) {
        if (deleted) {
            return;
        }
        if (!deletable) {
            throw IamError.ROLE_BUILT_IN.exception();
        }
        if (activeHolders > 0) {
            throw new BizException(IamError.ROLE_IN_USE.code(),
                    "角色正在被" + activeHolders + "名员工使用，不能删除");
        }
        deleted = true;
        menus.clear();
        modifyTime = now;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Long getCreateBy() {
        return createBy;
    }

    public Long getEffectUserId() {
        return effectUserId;
    }

    public List<RoleMenuGrant> getMenus() {
        List<RoleMenuGrant> list = new ArrayList<>(menus);
        list.sort((a, b) -> Long.compare(a.getPageMenuId(), b.getPageMenuId()));
        return list;
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
