package com.nuoer.common.config;

import com.nuoer.common.messaging.ledger.MessagingLedger;
import com.nuoer.common.messaging.ledger.MessagingLedgerController;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The messaging ledger of every service with a database: {@code /internal/messaging/ledger} (reconciliation). */
@AutoConfiguration(after = NuoerMessagingAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "nuoer.messaging.ledger.enabled", havingValue = "true", matchIfMissing = true)
public class NuoerMessagingLedgerAutoConfiguration {

    @Bean
    public MessagingLedger messagingLedger(JdbcTemplate jdbc, Clock clock, ApplicationContext context,
                                           Environment environment) {
        return new MessagingLedger(jdbc, clock, context, environment);
    }

    @Bean
    public MessagingLedgerController messagingLedgerController(MessagingLedger ledger) {
        return new MessagingLedgerController(ledger);
    }
}
