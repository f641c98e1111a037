package com.nuoer.apicall.source;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts upstream credentials ({@code reqKey}, {@code reqSecret}) at rest: AES-GCM, a random 12-byte IV per value,
 * 128-bit tag, text form {@code enc:v1:<base64(iv || ciphertext || tag)>}. The key is the base64 value of
 * {@code nuoer.apicall.secret-key} (16, 24 or 32 bytes): a development default in application.yml, required from the
 * environment ({@code NUOER_APICALL_SECRET_KEY}) in the cluster profile. Neither the key nor a plain credential is
 * ever logged; lists show {@link #mask} only.
 */
@Component
public class CredentialCipher {

    public static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public CredentialCipher(@Value("${nuoer.apicall.secret-key}") String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("nuoer.apicall.secret-key is not base64");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("nuoer.apicall.secret-key must be 16, 24 or 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Null and empty stay as they are (no credential). */
    public String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return plain;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("credential encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("stored credential is not in the encrypted form");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("stored credential cannot be decrypted with the configured key");
        }
    }

    /** Display form: at most the last 4 characters, the rest starred; "" for no credential. */
    public static String mask(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        if (plain.length() <= 8) {
            return "****";
        }
        return "*".repeat(Math.min(12, plain.length() - 4)) + plain.substring(plain.length() - 4);
    }

    /** A value the UI sent back as it was shown (masked): means "unchanged". */
    public static boolean looksMasked(String value) {
        return value != null && value.contains("****");
    }
}
