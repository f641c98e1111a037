package com.nuoer.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring Boot test context at the {@link TestEngines} (starting them on first use).
 *
 * <p>Reads {@code nuoer.db.name} (each service sets it in its application.yml, e.g. {@code nuoer_customer};
 * default {@value #DEFAULT_DB}), creates that database if missing and adds, with highest precedence, the property
 * source {@value #PROPERTY_SOURCE} with {@code spring.datasource.url/username/password},
 * {@code spring.data.redis.host/port} and {@code rocketmq.name-server}.
 *
 * <p>Use through {@link IntegrationTest}, or directly:
 * {@code @ContextConfiguration(initializers = EnginesInitializer.class)} next to {@code @SpringBootTest}.
 */
public class EnginesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE = "nuoerTestEngines";
    public static final String DB_NAME_PROPERTY = "nuoer.db.name";
    public static final String DEFAULT_DB = "nuoer_test";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        TestEngines engines = TestEngines.get();
        String db = env.getProperty(DB_NAME_PROPERTY, DEFAULT_DB);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", engines.database(db));
        props.put("spring.datasource.username", TestEngines.dbUsername());
        props.put("spring.datasource.password", TestEngines.dbPassword());
        props.put("spring.data.redis.host", TestEngines.redisHost());
        props.put("spring.data.redis.port", String.valueOf(TestEngines.redisPort()));
        props.put("rocketmq.name-server", TestEngines.nameServer());
        env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
    }
}
