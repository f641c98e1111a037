package com.nuoer.contract.esign;

import com.nuoer.contract.ContractProperties;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signature of provider callbacks: header {@value #TIMESTAMP} (epoch millis) and header {@value #SIGNATURE} =
 * hex(HMAC-SHA256(secret, timestamp + "." + rawBody)). Too old timestamps are refused (replay guard).
 */
@Component
public class CallbackSignature {

    public static final String TIMESTAMP = "X-Esign-Timestamp";
    public static final String SIGNATURE = "X-Esign-Signature";

    private final ContractProperties properties;
    private final Clock clock;

    public CallbackSignature(ContractProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.getEsign().getCallbackSecret().getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.millis() - ts) > properties.getEsign().getCallbackMaxAge().toMillis()) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
