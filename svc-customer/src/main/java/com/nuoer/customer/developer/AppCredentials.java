package com.nuoer.customer.developer;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * New API credentials from a CSPRNG: {@code appId} = readable prefix {@code nuoer_<env>_} + 12 random hex
 * characters (uniqueness is also enforced by the {@code dept_app_id_uk} constraint), {@code appSecret} = 32 random
 * bytes as 64 hex characters.
 */
@Component
public class AppCredentials {

    private final SecureRandom random = new SecureRandom();

    public String newAppId(String env) {
        return "nuoer_" + env + "_" + hex(6);
    }

    public String newSecret() {
        return hex(32);
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
