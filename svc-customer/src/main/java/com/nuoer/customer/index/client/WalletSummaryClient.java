package com.nuoer.customer.index.client;

import com.nuoer.common.web.ApiResponse;
import java.math.BigDecimal;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * svc-wallet's summary of an organisation's wallet for the beeback dashboard (domain.md §1.2). Short timeouts
 * (client config {@code indexWalletClient}); the dashboard answers without these fields when it fails.
 */
@FeignClient(name = "svc-wallet", contextId = "indexWalletClient", path = "/internal/wallet")
public interface WalletSummaryClient {

    @GetMapping("/summary")
    ApiResponse<WalletSummary> summary(@RequestParam("organizationId") Long organizationId);

    record WalletSummary(BigDecimal balance, BigDecimal overdueAmount, BigDecimal overdraftQuota) {
    }
}
