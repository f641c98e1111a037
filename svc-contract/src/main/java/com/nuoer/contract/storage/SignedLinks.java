package com.nuoer.contract.storage;

import com.nuoer.contract.ContractProperties;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Expiring download links of stored files: {@code <publicBase>/files/contract/<key>?expires=<epochSeconds>&sig=<HMAC>}.
 * Anyone holding the link can download until it expires; nothing else is accepted.
 */
@Component
public class SignedLinks {

    public static final String FILES_PATH = "/files/contract/";

    private final ContractProperties properties;
    private final Clock clock;

    public SignedLinks(ContractProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A fresh link to a stored file (null key → null). */
    public String link(String key) {
        if (key == null) {
            return null;
        }
        long expires = clock.instant().plus(properties.getLinkTtl()).getEpochSecond();
        return absolute(FILES_PATH + key + "?expires=" + expires + "&sig=" + sign(key + "|" + expires));
    }

    public boolean verify(String key, long expires, String sig) {
        if (sig == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(sign(key + "|" + expires).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
    }

    /** A path of this service made absolute with the public base; absolute URLs stay as they are. */
    public String absolute(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
            return pathOrUrl;
        }
        String base = properties.getPublicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathOrUrl;
    }

    private String sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.getLinkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
