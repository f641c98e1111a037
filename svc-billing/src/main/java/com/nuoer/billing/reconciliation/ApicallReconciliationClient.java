package com.nuoer.billing.reconciliation;

import com.nuoer.common.web.ApiResponse;
import java.time.LocalDateTime;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** svc-apicall's local reconciliation facts ({@code GET /internal/apicall/reconciliation}). */
@FeignClient(name = "svc-apicall", contextId = "apicallReconciliationClient", path = "/internal/apicall")
public interface ApicallReconciliationClient {

    @GetMapping("/reconciliation")
    ApiResponse<PeerFacts.ApicallFacts> reconciliation(
            @RequestParam("since") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since);
}
