package com.nuoer.wallet.recharge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * A provider without money: answers a sandbox pay URL / QR text for WECHAT and ALIPAY; the "payment" is a signed
 * {@code POST /open/pay/sandbox/callback {payNo, amount, tradeNo, sign}} where
 * {@code sign = hex(HMAC-SHA256(key, payNo + "|" + amount + "|" + tradeNo))}, amount as plain 2-decimal text and the
 * key is {@code nuoer.wallet.recharge.sandbox-key}.
 */
@Component
public class SandboxPaymentProvider implements PaymentProvider {

    private final RechargeProperties properties;

    public SandboxPaymentProvider(RechargeProperties properties) {
        this.properties = properties;
    }

    @Override
    public Set<String> methods() {
        return Set.of("WECHAT", "ALIPAY");
    }

    @Override
    public PayData apply(PayOrder order, long expireSeconds) {
        String base = properties.sandboxBaseUrl();
        String url = base + "/pay/" + order.getPayNo();
        String logo = base + "/logo/" + order.getPayMethod().toLowerCase() + ".png";
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        String pkg = "prepay_id=sandbox_" + order.getPayNo();
        WechatPayExtra extra = new WechatPayExtra("wx_sandbox_nuoer", ts, nonce, pkg, "RSA",
                sign(properties.sandboxKey(), "wx_sandbox_nuoer|" + ts + "|" + nonce + "|" + pkg));
        return new PayData(logo, expireSeconds, url, "sandbox://" + order.getPayMethod().toLowerCase() + "/"
                + order.getPayNo() + "?amount=" + order.getAmount().toPlainString(), extra);
    }

    /** The signature the callback must carry. */
    public String callbackSignature(String payNo, String amount, String tradeNo) {
        return sign(properties.sandboxKey(), payNo + "|" + amount + "|" + tradeNo);
    }

    static String sign(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
