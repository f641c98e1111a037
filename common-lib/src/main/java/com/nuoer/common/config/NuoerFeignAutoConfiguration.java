package com.nuoer.common.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.feign.EnvelopeErrorDecoder;
import com.nuoer.common.feign.FeignIdentityInterceptor;
import com.nuoer.common.session.IdentityHeaders;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Trace and identity on every Feign call; remote error envelopes become {@code RemoteServiceException}. */
@AutoConfiguration(after = NuoerWebAutoConfiguration.class)
@ConditionalOnClass(RequestInterceptor.class)
@ConditionalOnBean(IdentityHeaders.class)
public class NuoerFeignAutoConfiguration {

    @Bean
    public FeignIdentityInterceptor feignIdentityInterceptor(IdentityHeaders headers, ObjectMapper objectMapper,
                                                             Clock clock,
                                                             @Value("${spring.application.name}") String serviceName) {
        return new FeignIdentityInterceptor(headers, objectMapper, clock, serviceName);
    }

    @Bean
    public ErrorDecoder envelopeErrorDecoder(ObjectMapper objectMapper) {
        return new EnvelopeErrorDecoder(objectMapper);
    }
}
