package com.nuoer.apicall.open;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.web.OpenApiPath;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;

@Configuration(proxyBeanMethods = false)
public class OpenApiWebConfig {

    /**
     * After common-lib's trace id (HIGHEST_PRECEDENCE) and identity (+10) filters, before the rest of the chain and
     * MVC; {@code nuoer.apicall.open.max-body} bounds the body read (413 envelope above it).
     */
    @Bean
    public FilterRegistrationBean<OpenApiCallFilter> openApiCallFilter(OpenApiController controller, ObjectMapper json,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver,
            @Value("${nuoer.apicall.open.max-body:1MB}") DataSize maxBody, MeterRegistry meters)
            throws NoSuchMethodException {
        FilterRegistrationBean<OpenApiCallFilter> registration = new FilterRegistrationBean<>(
                new OpenApiCallFilter(controller, json, exceptionResolver, maxBody, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns(OpenApiPath.PREFIX + "*");
        return registration;
    }

    /** The calls OpenApiCallFilter answers are timed there, not by the generic server observation. */
    @Bean
    public ObservationPredicate openApiCallsNotObserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && OpenApiCallFilter.checkItemOf(server.getCarrier()) != null);
    }
}
