package com.nuoer.apicall.open;

import com.nuoer.apicall.projection.DeptView;
import com.nuoer.apicall.projection.ProjectionStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is calling the open API (F5-1, issue 5), refusing with a distinct code each: missing headers (40020), unknown
 * appId (40120), timestamp outside ±window (40122), bad signature (40121, constant-time compare), a nonce seen
 * before within the window (40123, Redis; checked only once the signature is valid so nobody can burn another
 * client's nonces), caller IP outside the whitelist (40320, IPv4 + CIDR, {@code off} = none).
 */
@Component
public class OpenApiAuthenticator {

    private final ProjectionStore projections;
    private final DeptSecretCipher secrets;
    private final NonceStore nonces;
    private final Clock clock;
    private final Duration window;

    public OpenApiAuthenticator(ProjectionStore projections, DeptSecretCipher secrets, NonceStore nonces, Clock clock,
                                @Value("${nuoer.apicall.open.timestamp-window:PT5M}") Duration window) {
        this.projections = projections;
        this.secrets = secrets;
        this.nonces = nonces;
        this.clock = clock;
        this.window = window;
    }

    public DeptView authenticate(String method, String path, String appId, String timestamp, String nonce,
                                 String signature, String body, String clientIp) {
        if (blank(appId) || blank(timestamp) || blank(nonce) || blank(signature)) {
            throw OpenApiErrors.MISSING_HEADER.exception();
        }
        if (nonce.length() > 64 || appId.length() > 64) {
            throw OpenApiErrors.MISSING_HEADER.exception("X-Nonce / X-App-Id 过长（最多64个字符）");
        }
        DeptView dept = projections.deptByAppId(appId.trim()).orElseThrow(OpenApiErrors.APP_ID_UNKNOWN::exception);
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw OpenApiErrors.TIMESTAMP_EXPIRED.exception("X-Timestamp 应为毫秒时间戳");
        }
        if (Math.abs(clock.millis() - ts) > window.toMillis()) {
            throw OpenApiErrors.TIMESTAMP_EXPIRED.exception();
        }
        String expected = Signature.sign(secrets.secretOf(dept), method, path, timestamp.trim(), nonce, body);
        if (!Signature.matches(expected, signature)) {
            throw OpenApiErrors.BAD_SIGNATURE.exception();
        }
        if (!nonces.firstUse(dept.appId(), nonce, window.multipliedBy(2))) {
            throw OpenApiErrors.NONCE_REPLAYED.exception();
        }
        if (!IpWhitelist.allows(dept.whiteIpList(), clientIp)) {
            throw OpenApiErrors.IP_NOT_ALLOWED.exception("调用IP " + clientIp + " 不在白名单内");
        }
        return dept;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
