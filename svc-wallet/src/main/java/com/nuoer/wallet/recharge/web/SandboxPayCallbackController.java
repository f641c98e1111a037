package com.nuoer.wallet.recharge.web;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.wallet.recharge.RechargeDtos.CallbackResult;
import com.nuoer.wallet.recharge.RechargeDtos.SandboxCallback;
import com.nuoer.wallet.recharge.RechargeService;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Our addition (domain.md §6-21): the sandbox payment provider's notification. Anonymous (a provider has no
 * session) but HMAC-signed with {@code nuoer.wallet.recharge.sandbox-key}; reached from outside through the gateway's
 * public route {@code open-pay} ({@code /open/pay/**}). Completes the order exactly once.
 */
@RestController
public class SandboxPayCallbackController {

    private final RechargeService recharges;

    public SandboxPayCallbackController(RechargeService recharges) {
        this.recharges = recharges;
    }

    @PostMapping("/open/pay/sandbox/callback")
    public ApiResponse<CallbackResult> callback(@Valid @RequestBody SandboxCallback body) {
        return ApiResponse.ok(recharges.complete(body.payNo(), body.amount(), body.tradeNo(), body.sign()));
    }
}
