package com.nuoer.wallet.recharge.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.wallet.recharge.RechargeDtos.ApplyRechargeRequest;
import com.nuoer.wallet.recharge.RechargeDtos.PayOrderView;
import com.nuoer.wallet.recharge.RechargeService;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** beeback 2.9.3 applyRecharge. */
@RestController
public class BeebackRechargeController {

    private final RechargeService recharges;

    public BeebackRechargeController(RechargeService recharges) {
        this.recharges = recharges;
    }

    @PostMapping("/mt/beeback/wallet/applyRecharge")
    public ApiResponse<PayOrderView> applyRecharge(@Valid @RequestBody ApplyRechargeRequest request) {
        return ApiResponse.ok(recharges.apply(SessionContext.require(), request));
    }
}
