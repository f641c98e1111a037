package com.nuoer.apicall.storage;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring download links: {@code <publicBaseUrl><downloadPath>/<key>?name=<file name>&expires=<epoch s>&sign=<hmac>}
 * with {@code sign = base64url(HMAC-SHA256(urlSecret, key \n name \n expires))}. Whoever holds the link may download
 * the file until it expires — no session needed, so links work from mails; nobody can forge a link for another key.
 * The database keeps only keys; answers render fresh links.
 */
@Component
public class FileLinks {

    /** A verified request: the key and the file name to offer. */
    public record Grant(String key, String name) {
    }

    private final StorageProperties properties;
    private final Clock clock;

    public FileLinks(StorageProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A download link valid for the configured TTL; null for a null key. */
    public String url(String key, String downloadName) {
        if (key == null) {
            return null;
        }
        long expires = clock.instant().plus(properties.linkTtl()).getEpochSecond();
        return url(key, downloadName, expires);
    }

    String url(String key, String downloadName, long expires) {
        String name = downloadName == null || downloadName.isBlank() ? lastSegment(key) : downloadName;
        StringBuilder sb = new StringBuilder(properties.publicBaseUrl()).append(properties.downloadPath());
        for (String segment : FileStorage.checkKey(key).split("/")) {
            sb.append('/').append(encode(segment));
        }
        return sb.append("?name=").append(encode(name)).append("&expires=").append(expires)
                .append("&sign=").append(sign(key, name, expires)).toString();
    }

    /** Checks a download request; empty when the signature is wrong or the link expired. */
    public Optional<Grant> verify(String key, String name, long expires, String sign) {
        if (key == null || name == null || sign == null) {
            return Optional.empty();
        }
        byte[] expected = sign(key, name, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sign.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        if (clock.instant().getEpochSecond() > expires) {
            return Optional.empty();
        }
        return Optional.of(new Grant(key, name));
    }

    /** True when the signature is right, whatever the expiry (used to tell "expired" from "forged"). */
    public boolean signedByUs(String key, String name, long expires, String sign) {
        return sign != null && MessageDigest.isEqual(sign(key, name, expires).getBytes(StandardCharsets.US_ASCII),
                sign.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The storage key of a link this service issued (or of a bare key / download path), for requests that hand a
     * fileUrl back (executeMatch, uploadBackResult); empty when it is no file link of ours.
     */
    public Optional<String> keyOf(String fileUrl) {
        if (fileUrl == null || fileUrl.isBlank()) {
            return Optional.empty();
        }
        String path;
        try {
            URI uri = URI.create(fileUrl.trim());
            path = uri.getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        String prefix = properties.downloadPath() + "/";
        String raw;
        if (path.startsWith(prefix)) {
            raw = path.substring(prefix.length());
        } else if (!path.startsWith("/") && !fileUrl.contains("://")) {
            raw = path;
        } else {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        for (String segment : raw.split("/", -1)) {
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(URLDecoder.decode(segment, StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(FileStorage.checkKey(key.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Query parameters of a link, for tests and callers that need them. */
    public static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private String sign(String key, String name, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.urlSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((key + "\n" + name + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String lastSegment(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }
}
