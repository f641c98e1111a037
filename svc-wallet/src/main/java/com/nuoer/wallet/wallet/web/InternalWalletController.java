package com.nuoer.wallet.wallet.web;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.wallet.wallet.WalletDtos.WalletSummary;
import com.nuoer.wallet.wallet.WalletService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /internal/wallet/summary?organizationId=} for svc-customer's dashboard (WalletSummaryClient). */
@RestController
@RequestMapping("/internal/wallet")
public class InternalWalletController {

    private final WalletService wallets;

    public InternalWalletController(WalletService wallets) {
        this.wallets = wallets;
    }

    @GetMapping("/summary")
    public ApiResponse<WalletSummary> summary(@RequestParam Long organizationId) {
        return ApiResponse.ok(wallets.summary(organizationId));
    }
}
