package com.nuoer.gateway.open;

import com.nuoer.gateway.error.EnvelopeWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.netty.NettyRouteProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.util.unit.DataSize;
import reactor.netty.http.client.HttpClient;

/**
 * Installs {@link OpenApiProxy} as a Reactor Netty route in front of WebFlux (Spring Boot's
 * {@link NettyRouteProvider}: routes are tried before the application's handler). The proxied service is the one of
 * the {@code open-api} route in application.yml, so the route table stays the one place that says where
 * {@code /open/**} goes. {@code nuoer.gateway.open-api.direct=false} sends the open API through Spring Cloud Gateway
 * like every other path (what the benchmark compares against).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "nuoer.gateway.open-api.direct", havingValue = "true", matchIfMissing = true)
public class OpenApiRouteConfig {

    @Bean
    public OpenApiProxy openApiProxy(GatewayProperties gateway, ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers,
            HttpClient gatewayHttpClient, HttpClientProperties httpClient, EnvelopeWriter envelopes,
            MeterRegistry meters, @Value("${nuoer.gateway.open-api.max-body:1MB}") DataSize maxBody) {
        String serviceId = serviceOf(gateway);
        return new OpenApiProxy(serviceId, loadBalancers.getInstance(serviceId), gatewayHttpClient,
                httpClient.getResponseTimeout(), envelopes, maxBody.toBytes(), meters);
    }

    /**
     * The web server is created before the application's other beans; the proxy (load balancer, HTTP client) is
     * resolved at the first request, when the context is complete.
     */
    @Bean
    public NettyRouteProvider openApiRoute(ObjectProvider<OpenApiProxy> proxy) {
        SingletonSupplier<OpenApiProxy> lazy = SingletonSupplier.of(proxy::getObject);
        return routes -> routes.route(OpenApiProxy::serves, (request, response) -> lazy.obtain().handle(request, response));
    }

    static String serviceOf(GatewayProperties gateway) {
        URI uri = gateway.getRoutes().stream().filter(route -> OpenApiProxy.ROUTE_ID.equals(route.getId()))
                .map(RouteDefinition::getUri).findFirst()
                .orElseThrow(() -> new IllegalStateException("no route '" + OpenApiProxy.ROUTE_ID + "' in the gateway's routes"));
        if (!"lb".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException("route '" + OpenApiProxy.ROUTE_ID + "' must point at lb://<service>: " + uri);
        }
        return uri.getHost();
    }
}
