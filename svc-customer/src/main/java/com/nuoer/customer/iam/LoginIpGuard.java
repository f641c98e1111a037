package com.nuoer.customer.iam;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-IP login rate limit ({@link LoginRateLimitProperties}): failed logins are counted in Redis per client IP in a
 * fixed window (shared by all instances); an IP over the limit is refused before its password is even checked
 * (42911, HTTP 429), so the answer tells a guesser nothing.
 */
@Component
@EnableConfigurationProperties(LoginRateLimitProperties.class)
public class LoginIpGuard {

    private static final Logger log = LoggerFactory.getLogger(LoginIpGuard.class);
    static final String PREFIX = "nuoer:login-ip-failures:";

    private final StringRedisTemplate redis;
    private final LoginRateLimitProperties properties;

    public LoginIpGuard(StringRedisTemplate redis, LoginRateLimitProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** Runs a login attempt from {@code ip}: refused when the IP is blocked, counted when it fails. */
    public <T> T attempt(String ip, Supplier<T> login) {
        if (ip == null || ip.isBlank()) {
            return login.get();
        }
        String key = PREFIX + ip;
        String count = redis.opsForValue().get(key);
        if (count != null && Long.parseLong(count) >= properties.maxFailures()) {
            throw IamError.LOGIN_IP_BLOCKED.exception();
        }
        try {
            return login.get();
        } catch (com.nuoer.common.error.BizException e) {
            if (e.code() == com.nuoer.common.error.ErrorCode.BAD_CREDENTIALS.code()
                    || e.code() == com.nuoer.common.error.ErrorCode.ACCOUNT_LOCKED.code()) {
                Long n = redis.opsForValue().increment(key);
                if (n != null && n == 1) {
                    redis.expire(key, properties.window());
                }
                if (n != null && n == properties.maxFailures()) {
                    log.warn("login from {} blocked for {} after {} failures", ip, properties.window(), n);
                }
            }
            throw e;
        }
    }
}
