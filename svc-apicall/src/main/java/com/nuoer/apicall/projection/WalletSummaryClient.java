package com.nuoer.apicall.projection;

import com.nuoer.common.web.ApiResponse;
import java.math.BigDecimal;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** svc-wallet's summary, the guard's fallback before any WalletChanged of the customer arrived. */
@FeignClient(name = "svc-wallet", contextId = "walletSummaryClient", path = "/internal/wallet")
public interface WalletSummaryClient {

    record WalletSummary(BigDecimal balance, BigDecimal overdueAmount, BigDecimal overdraftQuota) {
    }

    @GetMapping("/summary")
    ApiResponse<WalletSummary> summary(@RequestParam("organizationId") Long organizationId);
}
