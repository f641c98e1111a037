package com.nuoer.billing.reconciliation;

import com.nuoer.common.web.ApiResponse;
import java.time.LocalDateTime;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** svc-wallet's local reconciliation facts ({@code GET /internal/wallet/reconciliation}). */
@FeignClient(name = "svc-wallet", contextId = "walletReconciliationClient", path = "/internal/wallet")
public interface WalletReconciliationClient {

    @GetMapping("/reconciliation")
    ApiResponse<PeerFacts.WalletFacts> reconciliation(
            @RequestParam("since") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since);
}
