package com.nuoer.customer.iam;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Session tokens ({@code stoken}): 32 random bytes from SecureRandom, base64url without padding (43 chars). */
@Component
public class SessionTokens {

    private static final int BYTES = 32;

    private final SecureRandom random;

    public SessionTokens(SecureRandom random) {
        this.random = random;
    }

    public String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
