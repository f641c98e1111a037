package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Online recharge through the public entry: the demo customer opens a WeChat pay order in its console, and the
 * payment provider's notification reaches svc-wallet through the gateway's public route {@code /open/pay/**} (it
 * went to svc-apicall with the rest of {@code /open/**} before, so no online payment could complete). A forged
 * notification is refused by svc-wallet; the signed one credits the amount and its bonus once, however often the
 * provider repeats it.
 */
@ExtendWith(SuiteExtension.class)
class OnlineRechargeFlowIT {

    /** svc-wallet's development default of {@code nuoer.wallet.recharge.sandbox-key} (the e2e suite sets none). */
    private static final String SANDBOX_KEY = "local-sandbox-pay-key";

    private static Gateway gateway;

    @BeforeAll
    static void connect(Suite running) {
        gateway = new Gateway(running);
    }

    @Test
    void aPaidOrderNotifiedThroughTheGatewayIsCreditedOnce() throws Exception {
        String customer = gateway.login("beeback");
        BigDecimal before = gateway.demoWalletBalance(customer);
        Gateway.Answer order = gateway.post("/mt/beeback/wallet/applyRecharge", customer,
                Map.of("rechargeAmount", 100, "payMethod", "WECHAT", "applyAppType", "pc"));
        assertThat(order.code()).as(order.body().toString()).isZero();
        String payNo = order.data().path("payNo").asText();
        BigDecimal bonus = new BigDecimal(order.data().path("extraData").path("giveQuota").asText("0"));

        Gateway.Answer forged = gateway.post("/open/pay/sandbox/callback", null,
                Map.of("payNo", payNo, "amount", "100.00", "tradeNo", "WX-E2E-1", "sign", "forged"));
        assertThat(forged.code()).as("svc-wallet's refusal: " + forged.body()).isEqualTo(40120);

        Map<String, Object> paid = Map.of("payNo", payNo, "amount", "100.00", "tradeNo", "WX-E2E-1",
                "sign", sign(payNo + "|100.00|WX-E2E-1"));
        Gateway.Answer first = gateway.post("/open/pay/sandbox/callback", null, paid);
        assertThat(first.code()).as(first.body().toString()).isZero();
        assertThat(first.data().path("state").asInt()).isEqualTo(10);
        Gateway.Answer repeated = gateway.post("/open/pay/sandbox/callback", null, paid);
        assertThat(repeated.code()).as(repeated.body().toString()).isZero();

        BigDecimal expected = before.add(new BigDecimal("100.00")).add(bonus);
        Await.until("wallet credited", java.time.Duration.ofSeconds(10), () -> gateway.demoWalletBalance(customer),
                balance -> balance.compareTo(expected) >= 0);
        assertThat(gateway.demoWalletBalance(customer)).isEqualByComparingTo(expected);
    }

    private static String sign(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SANDBOX_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
