package com.nuoer.wallet.recharge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.wallet.support.WalletIT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** applyRecharge + the signed sandbox callback: the order completes and credits exactly once, bonus included. */
class PayOrderIntegrationTest extends WalletIT {

    @Autowired SandboxPaymentProvider sandbox;

    @Test
    void aPaidOrderIsCreditedOnceWithItsBonus() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        JsonNode order = beeback(org).post("/mt/beeback/wallet/applyRecharge",
                Map.of("rechargeAmount", 10000, "payMethod", "WECHAT", "applyAppType", "pc"));
        assertThat(order.get("code").asInt()).isZero();
        String payNo = order.get("data").get("payNo").asText();
        assertThat(order.get("data").get("applyPayResult").get("payData").get("payUrl").asText()).contains(payNo);
        assertThat(order.get("data").get("extraData").get("giveQuota").decimalValue()).isEqualByComparingTo("500");

        Map<String, Object> bad = Map.of("payNo", payNo, "amount", "10000.00", "tradeNo", "T1", "sign", "forged");
        assertThat(beeback(org).postAnonymous("/open/pay/sandbox/callback", bad).get("code").asInt()).isEqualTo(40120);
        Map<String, Object> wrongAmount = Map.of("payNo", payNo, "amount", "1.00", "tradeNo", "T1",
                "sign", sandbox.callbackSignature(payNo, "1.00", "T1"));
        assertThat(beeback(org).postAnonymous("/open/pay/sandbox/callback", wrongAmount).get("code").asInt())
                .isEqualTo(40022);

        Map<String, Object> paid = Map.of("payNo", payNo, "amount", "10000.00", "tradeNo", "T1",
                "sign", sandbox.callbackSignature(payNo, "10000.00", "T1"));
        assertThat(beeback(org).postAnonymous("/open/pay/sandbox/callback", paid).get("data").get("state").asInt())
                .isEqualTo(10);
        assertThat(beeback(org).postAnonymous("/open/pay/sandbox/callback", paid).get("code").asInt()).isZero();

        assertThat(balance(walletId)).isEqualByComparingTo("10500.00");
        assertThat(sumOfFlows(walletId)).isEqualByComparingTo("10500.00");
        assertThat(jdbc.queryForList("select business_no from wallet_flow where wallet_id = ? order by id",
                String.class, walletId)).containsExactly(payNo, payNo + "-GIVE");
    }
}
