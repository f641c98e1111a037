package com.nuoer.gateway.filter;

import com.nuoer.common.error.ErrorCode;
import com.nuoer.gateway.config.NuoerGatewayProperties;
import com.nuoer.gateway.error.GatewayException;
import java.time.Duration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sessions written by svc-customer: the JSON of common-lib SessionInfo at {@code <key-prefix><stoken>}.
 * A lookup slides the session's lifetime in the same round trip ({@code GETEX key EX ttl}, Redis ≥ 6.2).
 */
@Component
public class SessionStore {

    private final ReactiveStringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration ttl;
    private final Duration lookupTimeout;

    public SessionStore(ReactiveStringRedisTemplate redis, NuoerGatewayProperties properties) {
        this.redis = redis;
        this.keyPrefix = properties.session().keyPrefix();
        this.ttl = properties.session().ttl();
        this.lookupTimeout = properties.session().lookupTimeout();
    }

    public String key(String stoken) {
        return keyPrefix + stoken;
    }

    /**
     * The session JSON exactly as stored (empty when the token is unknown or expired), its TTL reset to the
     * session lifetime. Redis being unreachable or slow is a 503 envelope, never a hanging request.
     */
    public Mono<String> touch(String stoken) {
        return redis.opsForValue().getAndExpire(key(stoken), ttl)
                // the first command of a shared Lettuce connection connects synchronously: keep that off the event loop
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(lookupTimeout)
                .onErrorMap(e -> new GatewayException(ErrorCode.SERVICE_UNAVAILABLE, null, e));
    }
}
