package com.nuoer.common.tx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.io.ClassPathResource;

/**
 * Seata 2.x's data-source proxy refuses to start in AT mode when {@code undo_log} does not exist yet — but on a fresh
 * database it is Flyway (which needs that same data source) that creates it. So, with Seata on, the raw pool runs the
 * service's idempotent migration script ({@code nuoer.seata.undo-log-script}, {@code create ... if not exists}) just
 * before Seata wraps it; Flyway then applies the same version as a no-op. Registered by
 * {@link NuoerSeataAutoConfiguration} only when {@code seata.enabled=true}.
 */
public class SeataUndoLogBootstrap implements BeanPostProcessor, PriorityOrdered {

    private final String script;

    public SeataUndoLogBootstrap(String script) {
        this.script = script;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !bean.getClass().getName().startsWith("org.apache.seata")) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute(new ClassPathResource(script).getContentAsString(StandardCharsets.UTF_8));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create undo_log for Seata AT: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
