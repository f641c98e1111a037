package com.nuoer.apicall.forewarn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.OutboxPublisher;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the alert engine (plain classes, so tests can build one with other collaborators). */
@Configuration(proxyBeanMethods = false)
public class ForewarnConfig {

    @Bean
    public ForewarnNotifier forewarnNotifier(JdbcTemplate jdbc, TransactionTemplate tx, ContactDirectory contacts,
                                             OutboxPublisher outbox, ObjectMapper json, Clock clock) {
        return new ForewarnNotifier(jdbc, tx, contacts, outbox, json, clock);
    }

    @Bean
    public ForewarnEvaluator forewarnEvaluator(JdbcTemplate jdbc, StringRedisTemplate redis, ForewarnNotifier notifier,
                                               ObjectMapper json, Clock clock) {
        return new ForewarnEvaluator(jdbc, redis, notifier, json, clock);
    }
}
