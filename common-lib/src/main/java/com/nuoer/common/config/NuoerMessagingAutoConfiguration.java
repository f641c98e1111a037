package com.nuoer.common.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.Inbox;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.apache.rocketmq.spring.autoconfigure.RocketMQAutoConfiguration;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox (publisher + relay to RocketMQ), inbox, scheduling and ShedLock (scheduled jobs that must run on one
 * instance only use {@code @SchedulerLock}; the lock table lives in each service's database).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class, RocketMQAutoConfiguration.class,
        NuoerWebAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class NuoerMessagingAutoConfiguration {

    @Bean
    @ConditionalOnBean(RocketMQTemplate.class)
    public OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, RocketMQTemplate rocketMQTemplate,
                                   ObjectMapper objectMapper, Clock clock, MeterRegistry meters) {
        return new OutboxRelay(jdbc, tx, rocketMQTemplate, objectMapper, clock, meters);
    }

    @Bean
    public OutboxPublisher outboxPublisher(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock,
                                           ObjectProvider<OutboxRelay> relay) {
        return new OutboxPublisher(jdbc, objectMapper, clock, relay.getIfAvailable());
    }

    @Bean
    public Inbox inbox(JdbcTemplate jdbc, Clock clock) {
        return new Inbox(jdbc, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
