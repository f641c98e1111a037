package com.nuoer.apicall.source;

import com.nuoer.common.crypto.AesGcmCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Upstream credentials ({@code reqKey}, {@code reqSecret}) at rest: {@link AesGcmCipher} with the key of
 * {@code nuoer.apicall.secret-key}; lists show {@link #mask} only.
 */
@Component
public class CredentialCipher extends AesGcmCipher {

    public CredentialCipher(@Value("${nuoer.apicall.secret-key}") String base64Key) {
        super(base64Key, "nuoer.apicall.secret-key");
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
