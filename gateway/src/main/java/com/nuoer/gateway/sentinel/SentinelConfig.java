package com.nuoer.gateway.sentinel;

import com.alibaba.csp.sentinel.adapter.gateway.common.SentinelGatewayConstants;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayFlowRule;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayParamFlowItem;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayRuleManager;
import com.alibaba.csp.sentinel.adapter.gateway.sc.callback.BlockRequestHandler;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.trace.TraceContext;
import com.nuoer.gateway.GatewayAttributes;
import com.nuoer.gateway.config.NuoerGatewayProperties;
import com.nuoer.gateway.error.EnvelopeWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Filter 5: Sentinel gateway flow control with rules from code (no dashboard, no rule files): one QPS rule per
 * route id ({@code nuoer.gateway.default-route-qps}, overridable per route with {@code nuoer.gateway.route-qps.<id>})
 * plus a per-client-IP rule on {@code auth} ({@code nuoer.gateway.auth-qps-per-ip}) to slow password guessing.
 * A blocked request gets HTTP 429 with the envelope 42900.
 */
@Configuration(proxyBeanMethods = false)
public class SentinelConfig {

    public static final String AUTH_ROUTE = "auth";

    private static final Logger log = LoggerFactory.getLogger(SentinelConfig.class);

    /** Picked up by SentinelSCGAutoConfiguration and installed as GatewayCallbackManager's block handler. */
    @Bean
    public BlockRequestHandler envelopeBlockRequestHandler(EnvelopeWriter envelopeWriter) {
        return (exchange, error) -> ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .contentType(MediaType.APPLICATION_JSON)
                .header(TraceContext.HEADER, GatewayAttributes.traceId(exchange))
                .bodyValue(envelopeWriter.json(exchange, ErrorCode.TOO_MANY_REQUESTS, null));
    }

    @Bean
    public SmartInitializingSingleton gatewayFlowRulesLoader(GatewayProperties gatewayProperties,
            NuoerGatewayProperties properties) {
        return () -> {
            Set<GatewayFlowRule> rules = rules(gatewayProperties, properties.gateway());
            GatewayRuleManager.loadRules(rules);
            log.info("Sentinel gateway flow rules loaded: {} rules for {} routes (default {} QPS per route, "
                            + "{} QPS per client IP on '{}')", rules.size(), gatewayProperties.getRoutes().size(),
                    properties.gateway().defaultRouteQps(), properties.gateway().authQpsPerIp(), AUTH_ROUTE);
        };
    }

    public static Set<GatewayFlowRule> rules(GatewayProperties gatewayProperties,
            NuoerGatewayProperties.Gateway limits) {
        Set<GatewayFlowRule> rules = new LinkedHashSet<>();
        for (RouteDefinition route : gatewayProperties.getRoutes()) {
            rules.add(new GatewayFlowRule(route.getId())
                    .setResourceMode(SentinelGatewayConstants.RESOURCE_MODE_ROUTE_ID)
                    .setCount(limits.qpsOf(route.getId()))
                    .setIntervalSec(1));
            if (AUTH_ROUTE.equals(route.getId())) {
                rules.add(new GatewayFlowRule(route.getId())
                        .setResourceMode(SentinelGatewayConstants.RESOURCE_MODE_ROUTE_ID)
                        .setCount(limits.authQpsPerIp())
                        .setIntervalSec(1)
                        .setParamItem(new GatewayParamFlowItem()
                                .setParseStrategy(SentinelGatewayConstants.PARAM_PARSE_STRATEGY_CLIENT_IP)));
            }
        }
        return rules;
    }
}
