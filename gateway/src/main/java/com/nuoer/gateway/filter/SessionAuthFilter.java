package com.nuoer.gateway.filter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.gateway.GatewayAttributes;
import com.nuoer.gateway.config.NuoerGatewayProperties;
import com.nuoer.gateway.error.GatewayException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Filter 4 (GlobalFilter: runs only for a matched route, after Sentinel): the session check.
 * {@code Authorization: Bearer <stoken>} → session from Redis (TTL slid). {@code /mt/beeback|crm|sales/**} need a
 * session of exactly that app (none/unknown → 401 40100, another app's → 403 40302); {@code /mt/portal/**} and
 * {@code /mt/auth/**} accept anonymous callers, forward a valid session anyway (logout, favourites) and ignore an
 * invalid token. The forwarded identity is the session JSON as stored, base64url, timestamped and HMAC-signed
 * (common-lib IdentityHeaders) — the headers were stripped from the client's request by ClientHeaderSanitizer.
 */
@Component
public class SessionAuthFilter implements GlobalFilter, Ordered {

    /** After SentinelGatewayFilter (highest precedence), before the load balancer and routing filters. */
    public static final int ORDER = -100;

    private static final Logger log = LoggerFactory.getLogger(SessionAuthFilter.class);
    private static final String BEARER = "bearer ";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{1,512}");

    private final SessionStore sessions;
    private final IdentityHeaders identityHeaders;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public SessionAuthFilter(SessionStore sessions, NuoerGatewayProperties properties, ObjectMapper objectMapper,
            Clock clock) {
        this.sessions = sessions;
        this.identityHeaders = new IdentityHeaders(properties.security().identitySecret());
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        Optional<AppCode> app = AppCode.ofPath(path);
        boolean required = app.isPresent() && app.get().loginable();
        String token = bearerToken(exchange.getRequest());
        if (token == null) {
            return required ? Mono.error(new GatewayException(ErrorCode.UNAUTHORIZED)) : chain.filter(exchange);
        }
        return sessions.touch(token)
                .flatMap(json -> parse(json, exchange).map(session -> new Session(json, session)))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        return required ? Mono.error(new GatewayException(ErrorCode.UNAUTHORIZED))
                                : chain.filter(exchange);
                    }
                    Session session = found.get();
                    if (required && !app.get().code().equals(session.info().appcode())) {
                        return Mono.error(new GatewayException(ErrorCode.WRONG_APP));
                    }
                    return chain.filter(withIdentity(exchange, session.json()));
                });
    }

    private Mono<SessionInfo> parse(String json, ServerWebExchange exchange) {
        try {
            return Mono.justOrEmpty(objectMapper.readValue(json, SessionInfo.class));
        } catch (Exception e) {
            log.error("[{}] unreadable session JSON in Redis, treated as no session: {}",
                    GatewayAttributes.traceId(exchange), e.toString());
            return Mono.empty();
        }
    }

    private ServerWebExchange withIdentity(ServerWebExchange exchange, String sessionJson) {
        Map<String, String> identity = identityHeaders.headersFor(sessionJson, clock.millis());
        return exchange.mutate().request(request -> request.headers(headers -> identity.forEach(headers::set)))
                .build();
    }

    /** The stoken of {@code Authorization: Bearer <stoken>}, null when absent or not token-shaped. */
    static String bearerToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return TOKEN.matcher(token).matches() ? token : null;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private record Session(String json, SessionInfo info) {
    }
}
