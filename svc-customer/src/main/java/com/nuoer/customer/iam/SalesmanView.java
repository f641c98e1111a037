package com.nuoer.customer.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Projection of a salesman of svc-sales (fed by {@code SalesmanChanged}; seeded for the demo): what a sales session
 * needs — the salesman id, inner/outer role type and whether he manages the whole app.
 */
@Entity
@Table(name = "salesman_view")
public class SalesmanView {

    @Id
    private Long userId;

    @Column(nullable = false)
    private Long salesmanId;

    /** SalesRoleType: {@code inner} 内部员工, {@code outer} 外部推广人. */
    @Column(nullable = false)
    private String roleType;

    private boolean isAppManage;
    private long version;
    private LocalDateTime modifyTime;

    protected SalesmanView() {
    }

    public Long getUserId() {
        return userId;
    }

    public Long getSalesmanId() {
        return salesmanId;
    }

    public String getRoleType() {
        return roleType;
    }

    public boolean isAppManage() {
        return isAppManage;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }
}
