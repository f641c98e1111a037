package com.nuoer.customer.iam.staff.client;

import com.nuoer.common.web.ApiResponse;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** svc-sales: how many customers a staff member (salesman) still maintains. Short timeouts (staff/delete waits). */
@FeignClient(name = "svc-sales", contextId = "salesStaffClient", path = "/internal/sales",
        configuration = SalesStaffClientConfig.class)
public interface SalesStaffClient {

    @GetMapping("/staff/{staffId}/customerCount")
    ApiResponse<Long> customerCount(@PathVariable("staffId") long staffId);
}
