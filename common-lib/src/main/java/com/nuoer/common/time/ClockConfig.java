package com.nuoer.common.time;

import com.nuoer.common.config.JacksonConventions;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One Clock in Asia/Shanghai wherever time matters; tests replace it with a fixed or moving clock. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(JacksonConventions.ZONE);
    }
}
