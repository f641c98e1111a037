package com.nuoer.customer.entitlement;

import com.nuoer.common.error.BizException;
import com.nuoer.common.session.SessionInfo;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which developer accounts the caller may see: beeback = the accounts of its own organisation (its session dept when
 * it has one); sales = the accounts of customers whose assistant is the salesman (all for app managers); crm = all
 * (menus are checked by the controllers). An account outside the scope answers like an unknown one (404).
 */
@Component
public class DeptScope {

    private final JdbcTemplate jdbc;

    public DeptScope(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isBeeback(SessionInfo s) {
        return "beeback".equals(s.appcode());
    }

    public boolean isSales(SessionInfo s) {
        return "sales".equals(s.appcode());
    }

    /** null = every account; otherwise the ids the caller may see (possibly empty). */
    public List<Long> visibleDeptIds(SessionInfo s) {
        if (isBeeback(s)) {
            if (s.deptId() != null) {
                return List.of(s.deptId());
            }
            if (s.enterpriseId() == null) {
                return List.of();
            }
            return jdbc.queryForList("select id from dept where organization_id = ?", Long.class, s.enterpriseId());
        }
        if (isSales(s)) {
            if (Boolean.TRUE.equals(s.isAppManage())) {
                return null;
            }
            Long salesman = s.salesmanId() != null ? s.salesmanId() : s.userId();
            if (salesman == null) {
                return List.of();
            }
            return jdbc.queryForList("""
                    select d.id from dept d join organization o on o.id = d.organization_id
                    where o.assistant_id = ? and not o.deleted""", Long.class, salesman);
        }
        return null;
    }

    public boolean canSee(SessionInfo s, Long deptId) {
        if (deptId == null) {
            return false;
        }
        List<Long> visible = visibleDeptIds(s);
        if (visible == null) {
            return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from dept where id = ?)",
                    Boolean.class, deptId));
        }
        return visible.contains(deptId);
    }

    public void requireDept(SessionInfo s, Long deptId) {
        if (!canSee(s, deptId)) {
            throw BizException.notFound("开发账户");
        }
    }

    /** The salesman acting (null for ops/customers). */
    public Long salesmanOf(SessionInfo s) {
        return isSales(s) ? Objects.requireNonNullElse(s.salesmanId(), s.userId()) : null;
    }
}
