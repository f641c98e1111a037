package com.nuoer.customer.entitlement;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which developer accounts hold a product (state 10, not deleted) — for ops and product-change notices. */
@Component
public class OpenedDeptQueries {

    private final JdbcTemplate jdbc;

    public OpenedDeptQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenedDeptView> openedDepts(String checkItem) {
        return jdbc.query("""
                select d.id, d.dept_name, u.username, o.mobile, d.app_id, di.fee, d.trial_end_date, d.status,
                       d.overdraft_type, d.user_id, d.create_date, d.emails, di.contract_state, d.white_ip_list
                from dept_item di
                join dept d on d.id = di.dept_id
                join organization o on o.id = d.organization_id
                left join user_account u on u.id = d.user_id
                where di.check_item = ? and di.state = 10 and not di.deleted and di.fusion_dept_item_id is null
                order by d.id""", (rs, n) -> new OpenedDeptView(rs.getLong("id"), rs.getString("dept_name"),
                rs.getString("username"), rs.getString("mobile"), null, null, rs.getString("app_id"),
                rs.getBigDecimal("fee"), rs.getDate("trial_end_date") == null ? null
                        : rs.getDate("trial_end_date").toLocalDate(), rs.getInt("status"),
                (Integer) rs.getObject("overdraft_type"), null, rs.getLong("user_id"),
                AdjustView.ts(rs, "create_date"), rs.getString("emails"), (Integer) rs.getObject("contract_state"),
                rs.getString("white_ip_list")), checkItem);
    }
}
