package com.nuoer.common.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.config.NuoerMessagingAutoConfiguration;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link AuditTrail} for every service with an outbox. Its entries go on the service's own topic
 * ({@link Topics#ofService}), or on {@code nuoer.audit.topic} when set.
 */
@AutoConfiguration(after = NuoerMessagingAutoConfiguration.class)
@ConditionalOnBean(OutboxPublisher.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AuditTrail auditTrail(OutboxPublisher outbox, ObjectMapper objectMapper, Clock clock,
                                 @Value("${spring.application.name:service}") String serviceName,
                                 @Value("${nuoer.audit.topic:}") String topic) {
        return new AuditTrail(outbox, objectMapper, clock, serviceName,
                topic == null || topic.isBlank() ? Topics.ofService(serviceName) : topic);
    }
}
