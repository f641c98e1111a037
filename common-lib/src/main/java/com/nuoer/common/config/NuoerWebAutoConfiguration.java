package com.nuoer.common.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.EnvelopeErrorController;
import com.nuoer.common.error.GlobalExceptionHandler;
import com.nuoer.common.session.IdentityFilter;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.MenuPermissionInterceptor;
import com.nuoer.common.time.ClockConfig;
import com.nuoer.common.trace.TraceIdFilter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Envelope, errors, Jackson formats, trace id and identity verification for every servlet service. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(NuoerProperties.class)
@Import({ClockConfig.class, GlobalExceptionHandler.class, EnvelopeErrorController.class})
public class NuoerWebAutoConfiguration {

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer nuoerJacksonConventions() {
        return JacksonConventions::apply;
    }

    /** The OpenAPI document of the service carries its name (the gateway's Swagger UI lists one per service). */
    @Bean
    @ConditionalOnMissingBean
    public OpenAPI nuoerOpenApi(@Value("${spring.application.name}") String serviceName) {
        return new OpenAPI().info(new Info().title("诺尔数据 " + serviceName)
                .description("诺尔数据 data-API platform — " + serviceName
                        + ". Every answer is the envelope {code, msg, data, timestamp, traceId}; code 0 = success.")
                .version("1.0"));
    }

    /** The API document's Chinese titles on the service's operations (classpath:openapi/seed-operations.json). */
    @Bean
    public SeedOperationDocs seedOperationDocs(ObjectMapper json) {
        return SeedOperationDocs.fromClasspath(json);
    }

    @Bean
    public WebMvcConfigurer nuoerMenuPermissions() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new MenuPermissionInterceptor());
            }
        };
    }

    @Bean
    public IdentityHeaders identityHeaders(NuoerProperties properties) {
        return new IdentityHeaders(properties.identitySecret());
    }

    @Bean
    public FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(new TraceIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<IdentityFilter> identityFilter(IdentityHeaders headers, ObjectMapper objectMapper,
                                                                 Clock clock) {
        FilterRegistrationBean<IdentityFilter> registration =
                new FilterRegistrationBean<>(new IdentityFilter(headers, objectMapper, clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
