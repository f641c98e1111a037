package com.nuoer.customer.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A page a role grants ({@code pageMenuId}, never a directory) and the buttons of it the role may use. */
@Embeddable
public class RoleMenuGrant {

    @Column(name = "page_menu_id", nullable = false)
    private Long pageMenuId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "operable_buttons", nullable = false)
    private List<String> operableButtons = new ArrayList<>();

    protected RoleMenuGrant() {
    }

    public RoleMenuGrant(Long pageMenuId, List<String> operableButtons) {
        this.pageMenuId = Objects.requireNonNull(pageMenuId);
        this.operableButtons = operableButtons == null ? new ArrayList<>() : new ArrayList<>(operableButtons);
    }

    public Long getPageMenuId() {
        return pageMenuId;
    }

    public List<String> getOperableButtons() {
        return operableButtons == null ? List.of() : operableButtons;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleMenuGrant g && Objects.equals(pageMenuId, g.pageMenuId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pageMenuId);
    }
}
