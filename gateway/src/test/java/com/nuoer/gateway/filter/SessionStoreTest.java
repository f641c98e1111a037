package com.nuoer.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.ErrorCode;
import com.nuoer.gateway.config.NuoerGatewayProperties;
import com.nuoer.gateway.error.GatewayException;
import com.nuoer.gateway.support.Ports;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Without Redis a session lookup fails fast with the 503 envelope's error instead of hanging the request. */
class SessionStoreTest {

    @Test
    void missingRedisIsServiceUnavailableWithinTheTimeout() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", Ports.free()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        factory.afterPropertiesSet();
        factory.start();
        try {
            NuoerGatewayProperties properties = new NuoerGatewayProperties(
                    new NuoerGatewayProperties.Security("local-dev-identity-secret-0123456789"),
                    new NuoerGatewayProperties.Session("nuoer:session:", Duration.ofHours(2), Duration.ofSeconds(3)),
                    new NuoerGatewayProperties.Gateway(500, null, 20));
            SessionStore store = new SessionStore(new ReactiveStringRedisTemplate(factory), properties);
            assertThat(store.key("abc")).isEqualTo("nuoer:session:abc");

            long started = System.nanoTime();
            assertThatThrownBy(() -> store.touch("abc").block(Duration.ofSeconds(10)))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        } finally {
            factory.destroy();
        }
    }
}
