package com.nuoer.customer.developer;

import com.nuoer.common.crypto.AesGcmCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Developer-account secrets at rest: {@link AesGcmCipher} with the key of {@code nuoer.customer.secret-key} (the same
 * key lets svc-apicall read the sealed secret carried by {@code DeptChanged}).
 */
@Component
public class SecretCipher extends AesGcmCipher {

    public SecretCipher(@Value("${nuoer.customer.secret-key}") String base64Key) {
        super(base64Key, "nuoer.customer.secret-key");
    }

    /** A secret for display in lists and records: the last 4 characters, the rest masked. */
    public static String mask(String plain) {
        if (plain == null || plain.length() <= 4) {
            return "****";
        }
        return "*".repeat(Math.min(12, plain.length() - 4)) + plain.substring(plain.length() - 4);
    }
}
