package com.nuoer.sales.internal;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.maintain.SalesScope;
import com.nuoer.sales.salesman.SalesmanService;
import com.nuoer.sales.stat.StatService;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service endpoints of svc-sales (contracts-s2; never routed by the gateway). */
@RestController
@RequestMapping("/internal/sales")
public class InternalSalesController {

    private final SalesmanService salesmen;
    private final SalesScope scope;
    private final StatService stats;
    private final JdbcTemplate jdbc;

    public InternalSalesController(SalesmanService salesmen, SalesScope scope, StatService stats, JdbcTemplate jdbc) {
        this.salesmen = salesmen;
        this.scope = scope;
        this.stats = stats;
        this.jdbc = jdbc;
    }

    /** The salesman's own floor price of a product; null = use the product's floorPrice. */
    @GetMapping("/salesman/{salesmanId}/floorPrice")
    public ApiResponse<BigDecimal> floorPrice(@PathVariable long salesmanId, @RequestParam String checkItem) {
        return ApiResponse.ok(salesmen.floorPrice(salesmanId, checkItem));
    }

    /** Organisation ids the salesman maintains now (no team hierarchy is modelled: a manager has his own). */
    @GetMapping("/scope/{salesmanId}/customerIds")
    public ApiResponse<List<Long>> customerIds(@PathVariable long salesmanId) {
        return ApiResponse.ok(scope.customerIdsOf(salesmanId));
    }

    /** Customers a staff member still maintains (staff/delete asks before deleting a salesman). */
    @GetMapping("/staff/{staffId}/customerCount")
    public ApiResponse<Long> customerCount(@PathVariable long staffId) {
        return ApiResponse.ok(jdbc.queryForObject("""
                select count(distinct customer_id) from (
                    select m.customer_id from customer_maintain m join salesman s on s.salesman_id = m.salesman_id
                    where m.state = 1 and s.salesman_staff_id = ?
                    union all
                    select r.customer_id from spreader_royalty r join salesman s on s.salesman_id = r.spreader_id
                    where r.state = 'VALID' and s.salesman_staff_id = ?) x""", Long.class, staffId, staffId));
    }

    /** Replay: rebuilds the SalesStat read model from the stored usage snapshots and payments; answers the rows. */
    @PostMapping("/stat/replay")
    public ApiResponse<Long> replay() {
        return ApiResponse.ok(stats.replayAll());
    }
}
