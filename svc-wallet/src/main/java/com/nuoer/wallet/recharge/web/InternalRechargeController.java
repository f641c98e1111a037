package com.nuoer.wallet.recharge.web;

import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.wallet.recharge.RechargeService;
import com.nuoer.wallet.recharge.RechargeService.PaymentCredit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/wallet/payment/credit}: svc-billing's payment audit credits the residue now, inside its Seata
 * global transaction (the XID comes with the Feign call; the Seata data-source proxy makes this local transaction a
 * branch that the TC commits or compensates). The body carries the facts of {@code PaymentApproved}; idempotent on
 * paymentNo — the consumer of the same event later finds it credited and changes nothing.
 */
@RestController
@RequestMapping("/internal/wallet/payment")
public class InternalRechargeController {

    private final RechargeService recharges;

    public InternalRechargeController(RechargeService recharges) {
        this.recharges = recharges;
    }

    @PostMapping("/credit")
    public ApiResponse<PaymentCredit> credit(@RequestBody PaymentApproved payment) {
        if (payment == null || payment.paymentNo() == null || payment.paymentNo().isBlank()
                || payment.customerId() == null) {
            throw BizException.badRequest("paymentNo, customerId: 不能为空");
        }
        return ApiResponse.ok(recharges.creditPayment(payment));
    }
}
