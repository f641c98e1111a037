package com.nuoer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link IntegrationTest} works as a composed annotation on Spring Boot 3.5: random port, profile "test", and the
 * datasource / Redis / RocketMQ properties from {@link EnginesInitializer} (database from nuoer.db.name).
 */
@IntegrationTest
class IntegrationTestAnnotationTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RocketMQTemplate rocketMq;

    @Test
    void contextUsesTheSharedEngines() {
        assertThat(port).isPositive();
        assertThat(env.getActiveProfiles()).contains("test");
        assertThat(env.getProperty("nuoer.test-profile-marker")).isEqualTo("active");
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo(TestEngines.jdbcUrl("nuoer_it"));
        assertThat(env.getProperty("rocketmq.name-server")).isEqualTo(TestEngines.nameServer());

        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("nuoer_it");

        String key = "it:" + UUID.randomUUID();
        redis.opsForValue().set(key, "v");
        assertThat(redis.opsForValue().get(key)).isEqualTo("v");

        SendResult result = rocketMq.syncSend("customer-event", "from-spring", 10_000);
        assertThat(result.getSendStatus()).isEqualTo(SendStatus.SEND_OK);
    }
}
