package com.nuoer.apicall.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Cache keys (domain.md §2.3 ApiCache): {@code checkItem + ":" + hash(name|idCard|mobile|scene)}, the hash MD5
 * (encryptionType 2, the default) or SHA-256 (3). The call path uses MD5 keys, so the ops cache list finds them
 * with its defaults.
 */
public final class CacheKeys {

    public static final int MD5 = 2;
    public static final int SHA256 = 3;

    private CacheKeys() {
    }

    public static String key(String checkItem, String name, String idCard, String mobile, String scene,
                             Integer encryptionType) {
        int type = encryptionType != null && encryptionType == SHA256 ? SHA256 : MD5;
        String subject = nz(name) + "|" + nz(idCard) + "|" + nz(mobile) + "|" + nz(scene);
        try {
            MessageDigest d = MessageDigest.getInstance(type == SHA256 ? "SHA-256" : "MD5");
            return checkItem + ":" + HexFormat.of().formatHex(d.digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static int normalisedType(Integer encryptionType) {
        return encryptionType != null && encryptionType == SHA256 ? SHA256 : MD5;
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
