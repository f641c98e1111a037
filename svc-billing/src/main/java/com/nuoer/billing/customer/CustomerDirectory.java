package com.nuoer.billing.customer;

import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.DeptChanged;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The local projection of svc-customer's organisations ({@code customer_view}) and developer accounts
 * ({@code dept_view}): names and receivers of statements and the salesman scope ({@code assistant_id}). Snapshots
 * are applied only when newer than the one held.
 */
@Component
public class CustomerDirectory {

    private final JdbcTemplate jdbc;

    public CustomerDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A developer account with what a statement needs of it and of its organisation. */
    public record DeptInfo(long deptId, Long organizationId, Long userId, String deptName, String appId,
                           List<String> emails, int overdraftType, Long assistantId) {
    }

    public void registered(CustomerRegistered e) {
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, name, email, assistant_id, state, version)
                values (?, ?, ?, ?, ?, ?, 10, 0)
                on conflict (organization_id) do nothing""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.email(), e.assistantId());
    }

    public boolean changed(CustomerChanged e) {
        return jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, name, email, assistant_id, state,
                                           deleted, version, linkman, link_mobile)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organization_id) do update
                set merchant_id = excluded.merchant_id, user_id = excluded.user_id, name = excluded.name,
                    email = excluded.email, assistant_id = excluded.assistant_id, state = excluded.state,
                    deleted = excluded.deleted, version = excluded.version, linkman = excluded.linkman,
                    link_mobile = excluded.link_mobile
                where customer_view.version < excluded.version""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.email(), e.assistantId(),
                e.state(), e.deleted(), e.version(), e.linkman(), e.linkMobile()) == 1;
    }

    public boolean deptChanged(DeptChanged e) {
        return jdbc.update("""
                insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, version)
                values (?, ?, ?, ?, ?, ?)
                on conflict (dept_id) do update
                set organization_id = excluded.organization_id, user_id = excluded.user_id,
                    dept_name = excluded.dept_name, app_id = excluded.app_id, version = excluded.version
                where dept_view.version < excluded.version""",
                e.deptId(), e.organizationId(), e.userId(), e.deptName(), e.appId(), e.version()) == 1;
    }

    /** Makes sure a developer account seen first in a usage snapshot is known (names come with DeptChanged). */
    public void ensureDept(long deptId, Long organizationId, Long userId, String appId) {
        jdbc.update("""
                insert into dept_view (dept_id, organization_id, user_id, app_id, version) values (?, ?, ?, ?, 0)
                on conflict (dept_id) do update
                set organization_id = coalesce(dept_view.organization_id, excluded.organization_id),
                    user_id = coalesce(dept_view.user_id, excluded.user_id),
                    app_id = coalesce(dept_view.app_id, excluded.app_id)""",
                deptId, organizationId, userId, appId);
    }

    public Optional<DeptInfo> dept(long deptId) {
        return jdbc.query("""
                select d.dept_id, coalesce(d.organization_id, c.organization_id) organization_id,
                       coalesce(d.user_id, c.user_id) user_id, coalesce(d.dept_name, c.name) dept_name, d.app_id,
                       coalesce(d.emails, c.email) emails, d.overdraft_type, c.assistant_id
                from dept_view d left join customer_view c on c.organization_id = d.organization_id
                where d.dept_id = ?""", (rs, i) -> new DeptInfo(rs.getLong("dept_id"),
                (Long) rs.getObject("organization_id"), (Long) rs.getObject("user_id"), rs.getString("dept_name"),
                rs.getString("app_id"), split(rs.getString("emails")), rs.getInt("overdraft_type"),
                (Long) rs.getObject("assistant_id")), deptId).stream().findFirst();
    }

    public static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split("[,;，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
