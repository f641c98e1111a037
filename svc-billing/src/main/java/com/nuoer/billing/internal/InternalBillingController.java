package com.nuoer.billing.internal;

import com.nuoer.common.web.ApiResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/billing/counters?deptId=} (contracts-s2) for svc-customer's dashboards: statements awaiting
 * the customer's confirmation (10), awaiting recheck (0), confirmed/archived ones with an amount still to invoice,
 * and sent statements (10/20/30) with an amount still receivable (total − settled from the wallet − paid; svc-sales'
 * 「待回款」). Without deptId: platform-wide.
 */
@RestController
@RequestMapping("/internal/billing")
public class InternalBillingController {

    private final JdbcTemplate jdbc;

    public InternalBillingController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record BillingCounters(Long unconfirmedBillCount, Long waitRecheckBillCount, Long waitInvoiceCount,
                                  Long receivableCount) {
    }

    @GetMapping("/counters")
    public ApiResponse<BillingCounters> counters(@RequestParam(required = false) Long deptId) {
        String filter = deptId == null ? "" : " and dept_id = ?";
        Object[] args = deptId == null ? new Object[0] : new Object[] {deptId};
        return ApiResponse.ok(jdbc.queryForObject("""
                select count(*) filter (where state = 10) unconfirmed,
                       count(*) filter (where state = 0) wait_recheck,
                       count(*) filter (where state in (20, 30)
                                        and can_invoice_amount > invoiced_amount + invoicing_amount) wait_invoice,
                       count(*) filter (where state in (10, 20, 30)
                                        and total_amount > settled_amount + payment_amount) receivable
                from bill_statement where not deleted""" + filter,
                (rs, i) -> new BillingCounters(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), args));
    }
}
