package com.nuoer.apicall.open;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The open API signature: {@code hex(HMAC-SHA256(appSecret, METHOD + "\n" + path + "\n" + timestamp + "\n" + nonce
 * + "\n" + body))}, lower-case hex; the body exactly as sent (UTF-8), "" when empty. Compared in constant time.
 */
public final class Signature {

    /** One Mac per thread, re-keyed per call: Mac.getInstance is a security-provider lookup. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (Exception e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    });

    private Signature() {
    }

    public static String canonical(String method, String path, String timestamp, String nonce, String body) {
        return method.toUpperCase() + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + (body == null ? "" : body);
    }

    public static String sign(String secret, String method, String path, String timestamp, String nonce, String body) {
        Mac mac = MAC.get();
        try {
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused the key", e);
        }
        // init resets the Mac, so a call that failed half-way on this thread leaves nothing behind
        return HexFormat.of().formatHex(mac.doFinal(
                canonical(method, path, timestamp, nonce, body).getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time comparison (case-insensitive hex). */
    public static boolean matches(String expectedHex, String givenHex) {
        if (givenHex == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                givenHex.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
