package com.nuoer.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full Spring Boot integration test on a random port, profile {@code test}, wired to the shared
 * {@link TestEngines} (real PostgreSQL, Redis and RocketMQ) through {@link EnginesInitializer}.
 *
 * <pre>{@code
 * @IntegrationTest
 * class CustomerApiIT {
 *     @LocalServerPort int port;
 *     ...
 * }
 * }</pre>
 *
 * <p>Composing {@code @SpringBootTest} with {@code @ContextConfiguration(initializers = ...)} and
 * {@code @ActiveProfiles} in one meta-annotation is supported by Spring Boot 3.5: {@code @SpringBootTest} carries
 * {@code @BootstrapWith(SpringBootTestContextBootstrapper.class)}, which is found as a meta-annotation, and the
 * bootstrapper still looks up the {@code @SpringBootConfiguration} because this {@code @ContextConfiguration} names
 * no classes; the initializer is merged into the context configuration (and so into the context cache key: all
 * test classes with the same remaining configuration share one context). Verified by test-support's
 * {@code IntegrationTestAnnotationTest}.
 *
 * <p>Overriding (checked on Spring Boot 3.5.7): a test class that declares its own {@code @ActiveProfiles} replaces
 * {@code "test"} (list it again if wanted); one that declares its own {@code @ContextConfiguration} loses the
 * initializer and fails without a datasource - add {@code initializers = EnginesInitializer.class} to it.
 * Extra or different properties (e.g. another database: {@code nuoer.db.name=...}) go in
 * {@code @TestPropertySource(properties = ...)}, which works together with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EnginesInitializer.class)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
