package com.nuoer.sales.maintain;

import com.nuoer.common.session.SessionInfo;
import com.nuoer.sales.support.SalesError;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The salesman scope of {@code /mt/sales/**}: the customers whose valid maintain record names the session's salesman
 * (an app manager sees all). Ids outside the scope answer like unknown ids (404 envelope).
 */
@Component
public class SalesScope {

    private final JdbcTemplate jdbc;

    public SalesScope(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean isManager(SessionInfo s) {
        return Boolean.TRUE.equals(s.isAppManage());
    }

    /** The caller's salesman id (userId when the session carries none). */
    public static long self(SessionInfo s) {
        return s.salesmanId() != null ? s.salesmanId() : s.userId();
    }

    /** Customers (organization ids) the salesman maintains now. */
    public List<Long> customerIdsOf(long salesmanId) {
        return jdbc.queryForList("select customer_id from customer_maintain where state = 1 and salesman_id = ? "
                + "order by customer_id", Long.class, salesmanId);
    }

    /** The customers the caller may see; null = no restriction (app manager). */
    public Set<Long> visibleCustomers(SessionInfo s) {
        return isManager(s) ? null : new HashSet<>(customerIdsOf(self(s)));
    }

    /** 404 unless the customer exists and is in the caller's scope. */
    public void requireCustomer(SessionInfo s, Long customerId) {
        if (customerId == null) {
            return;
        }
        Boolean exists = jdbc.queryForObject("select exists(select 1 from customer_view where organization_id = ?)",
                Boolean.class, customerId);
        if (!Boolean.TRUE.equals(exists)) {
            throw SalesError.CUSTOMER_NOT_FOUND.exception();
        }
        if (!isManager(s) && !customerIdsOf(self(s)).contains(customerId)) {
            throw SalesError.CUSTOMER_NOT_FOUND.exception();
        }
    }

    public void requireCustomers(SessionInfo s, Collection<Long> customerIds) {
        if (customerIds != null) {
            customerIds.forEach(id -> requireCustomer(s, id));
        }
    }

    /** 404 unless every developer account belongs to a customer in the caller's scope. */
    public void requireDepts(SessionInfo s, Collection<Long> deptIds) {
        if (deptIds == null) {
            return;
        }
        Set<Long> visible = visibleCustomers(s);
        for (Long deptId : deptIds) {
            List<Long> org = jdbc.queryForList("select organization_id from dept_view where dept_id = ?", Long.class,
                    deptId);
            if (org.isEmpty() || (visible != null && !visible.contains(org.get(0)))) {
                throw SalesError.CUSTOMER_NOT_FOUND.exception("客户不存在: deptId " + deptId);
            }
        }
    }

    /**
     * The salesman a sales-app statistics request is about: a plain salesman only himself (another salesman's id
     * answers 404), an app manager the requested one or everybody (null).
     */
    public Long salesmanFor(SessionInfo s, Long requested) {
        if (isManager(s)) {
            return requested;
        }
        long me = self(s);
        if (requested != null && requested != me) {
            throw SalesError.SALESMAN_NOT_FOUND.exception();
        }
        return me;
    }
}
