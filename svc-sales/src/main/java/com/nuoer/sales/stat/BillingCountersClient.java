package com.nuoer.sales.stat;

import com.nuoer.common.web.ApiResponse;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** svc-billing's counters (contracts-s2): per developer account. Short timeouts (client {@code salesBillingClient}). */
@FeignClient(name = "svc-billing", contextId = "salesBillingClient", path = "/internal/billing")
public interface BillingCountersClient {

    @GetMapping("/counters")
    ApiResponse<BillingCounters> counters(@RequestParam(value = "deptId", required = false) Long deptId);

    /** {@code receivableCount}: statements of the account with an amount still receivable. */
    record BillingCounters(Long unconfirmedBillCount, Long waitRecheckBillCount, Long waitInvoiceCount,
                           Long receivableCount) {
    }
}
