package com.nuoer.customer.schedule;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The scheduler of this instance: a 1-minute tick running the due tasks (row locks make instances safe). */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfig {

    @Bean
    public ScheduleExecutor scheduleExecutor(JdbcTemplate jdbc, TransactionTemplate tx, ScheduleTaskRepository tasks,
                                             List<TaskHandler> handlers, Clock clock) {
        return new ScheduleExecutor(jdbc, tx, tasks, handlers, clock);
    }

    @Component
    static class Tick {

        private final ScheduleExecutor executor;
        private final boolean enabled;

        Tick(ScheduleExecutor executor, @Value("${nuoer.schedule.enabled:true}") boolean enabled) {
            this.executor = executor;
            this.enabled = enabled;
        }

        @Scheduled(fixedDelayString = "${nuoer.schedule.tick:PT1M}", initialDelayString = "PT20S")
        void tick() {
            if (enabled) {
                executor.runDue();
            }
        }
    }
}
