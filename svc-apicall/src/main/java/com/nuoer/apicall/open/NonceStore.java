package com.nuoer.apicall.open;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Nonces seen within the timestamp window, in Redis (SET NX EX): a second use of the same nonce is a replay. */
@Component
public class NonceStore {

    private static final String PREFIX = "nuoer:apicall:nonce:";

    private final StringRedisTemplate redis;

    public NonceStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** True the first time (appId, nonce) is seen within {@code window}. */
    public boolean firstUse(String appId, String nonce, Duration window) {
        Boolean set = redis.opsForValue().setIfAbsent(PREFIX + appId + ":" + nonce, "1", window);
        return Boolean.TRUE.equals(set);
    }
}
