package com.nuoer.apicall.record.client;

import com.nuoer.common.web.ApiResponse;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** svc-billing's statement state of an account's month ({@code data = null}: no statement yet). */
@FeignClient(name = "svc-billing", contextId = "billingStatementClient", path = "/internal/billing/statement")
public interface BillingStatementClient {

    record StatementState(String statementNo, String billDate, Integer state, String stateName, Boolean locked) {
    }

    @GetMapping("/state")
    ApiResponse<StatementState> state(@RequestParam("deptId") Long deptId, @RequestParam("billDate") String billDate);
}
