package com.nuoer.common.session;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How identity travels from the gateway (and between services) to a service: the session JSON, base64url encoded,
 * with a timestamp and an HMAC-SHA256 signature over both made with a secret only the gateway and the services know.
 * The gateway strips these headers from every client request before it adds its own, so a client cannot forge them;
 * a service accepts them only with a valid, fresh signature.
 */
public final class IdentityHeaders {

    public static final String IDENTITY = "X-Nuoer-Identity";
    public static final String TIMESTAMP = "X-Nuoer-Identity-Ts";
    public static final String SIGNATURE = "X-Nuoer-Identity-Sig";

    /** Signed headers older than this are refused (clock skew + request time). */
    public static final long MAX_AGE_MILLIS = 5 * 60 * 1000L;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public IdentityHeaders(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("nuoer.security.identity-secret must be at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public static String encodePayload(String sessionJson) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sessionJson.getBytes(StandardCharsets.UTF_8));
    }

    public static String decodePayload(String payload) {
        return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    public String sign(String payload, long timestampMillis) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((payload + "\n" + timestampMillis).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /**
     * The three headers carrying {@code payload} (an already encoded identity), signed at {@code timestampMillis}:
     * what the gateway adds to a request and what a Feign call carries onward.
     */
    public Map<String, String> headersForPayload(String payload, long timestampMillis) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(IDENTITY, payload);
        headers.put(TIMESTAMP, Long.toString(timestampMillis));
        headers.put(SIGNATURE, sign(payload, timestampMillis));
        return headers;
    }

    /** {@link #headersForPayload} for a session JSON. */
    public Map<String, String> headersFor(String sessionJson, long timestampMillis) {
        return headersForPayload(encodePayload(sessionJson), timestampMillis);
    }

    /** True when the signature matches and the timestamp is within {@link #MAX_AGE_MILLIS} of now. */
    public boolean verify(String payload, String timestamp, String signature, long nowMillis) {
        if (payload == null || timestamp == null || signature == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowMillis - ts) > MAX_AGE_MILLIS) {
            return false;
        }
        byte[] expected = sign(payload, ts).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
