package com.nuoer.customer.index.client;

import com.nuoer.common.web.ApiResponse;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * svc-billing's counters for the dashboards (domain.md §1.2): per developer account ({@code deptId}) for beeback,
 * platform-wide (no deptId) for the crm backlog. Short timeouts (client config {@code indexBillingClient}).
 */
@FeignClient(name = "svc-billing", contextId = "indexBillingClient", path = "/internal/billing")
public interface BillingCountersClient {

    @GetMapping("/counters")
    ApiResponse<BillingCounters> counters(@RequestParam(value = "deptId", required = false) Long deptId);

    record BillingCounters(Long unconfirmedBillCount, Long waitRecheckBillCount, Long waitInvoiceCount) {
    }
}
