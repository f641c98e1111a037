package com.nuoer.customer.iam.staff;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.staff.client.SalesStaffClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many customers a staff member still has, for the two-step staff/delete. Asks svc-sales (the owner of
 * assignments); while svc-sales cannot answer (down, timeout, endpoint not there yet: 404) it falls back to the
 * local projection of assignments ({@code organization.assistant_id}, fed by CustomerAssigned), which is 0 for
 * staff that never maintained customers.
 */
@Component
public class StaffCustomerCounter {

    private static final Logger log = LoggerFactory.getLogger(StaffCustomerCounter.class);

    private final SalesStaffClient sales;
    private final JdbcTemplate jdbc;

    public StaffCustomerCounter(SalesStaffClient sales, JdbcTemplate jdbc) {
        this.sales = sales;
        this.jdbc = jdbc;
    }

    public long customerCount(long staffId, long userId) {
        try {
            ApiResponse<Long> answer = sales.customerCount(staffId);
            if (answer != null && answer.success() && answer.data() != null) {
                return answer.data();
            }
            log.info("svc-sales gave no customer count for staff {}: {}", staffId,
                    answer == null ? "no answer" : answer.code() + " " + answer.msg());
        } catch (RuntimeException e) {
            log.info("svc-sales unreachable for the customer count of staff {}: {}", staffId, e.toString());
        }
        return localCount(userId);
    }

    /** Customers whose maintaining salesman (a userId) is this staff's user, from the local projection. */
    public long localCount(long userId) {
        Long n = jdbc.queryForObject(
                "select count(*) from organization where assistant_id = ? and not deleted", Long.class, userId);
        return n == null ? 0 : n;
    }
}
