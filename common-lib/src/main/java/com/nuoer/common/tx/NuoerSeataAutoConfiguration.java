package com.nuoer.common.tx;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A service that joins Seata AT global transactions (svc-billing, svc-wallet) names its {@code undo_log} migration in
 * {@code nuoer.seata.undo-log-script}; with {@code seata.enabled=true} the script runs before Seata wraps the pool.
 */
@AutoConfiguration
@ConditionalOnProperty(name = {"seata.enabled", "nuoer.seata.undo-log-script"})
public class NuoerSeataAutoConfiguration {

    /** Static: a BeanPostProcessor is created before the configuration class itself. */
    @Bean
    static SeataUndoLogBootstrap seataUndoLogBootstrap(Environment environment) {
        return new SeataUndoLogBootstrap(environment.getRequiredProperty("nuoer.seata.undo-log-script"));
    }
}
