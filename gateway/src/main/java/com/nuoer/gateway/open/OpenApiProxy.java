package com.nuoer.gateway.open;

import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.ResourceTypeConstants;
import com.alibaba.csp.sentinel.adapter.gateway.common.SentinelGatewayConstants;
import com.alibaba.csp.sentinel.adapter.gateway.common.param.GatewayParamParser;
import com.alibaba.csp.sentinel.adapter.reactor.ContextConfig;
import com.alibaba.csp.sentinel.adapter.reactor.EntryConfig;
import com.alibaba.csp.sentinel.adapter.reactor.SentinelReactorTransformer;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.trace.TraceContext;
import com.nuoer.common.web.OpenApiPath;
import com.nuoer.gateway.GatewayAttributes;
import com.nuoer.gateway.error.EnvelopeWriter;
import com.nuoer.gateway.error.GatewayErrorHandler;
import com.nuoer.gateway.error.GatewayException;
import com.nuoer.gateway.filter.ClientHeaderSanitizer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.util.retry.Retry;

/**
 * The open data API's own way through the gateway (issue 5: thousands of signed calls per second on two cores).
 * {@code POST /open/v1/{checkItem}} with a plain product code and a {@code Content-Length} is proxied here, on
 * Reactor Netty directly, instead of through WebFlux and Spring Cloud Gateway's filter chain — that chain cost the
 * gateway about 0.4 CPU-ms per call, as much as svc-apicall's whole work. It does what the generic route
 * {@code open-api} does for these requests, no more:
 * <ul>
 *   <li>the same Sentinel flow rule (resource {@code open-api}, the route's QPS; blocked: 429 envelope 42900);</li>
 *   <li>the trace id (a well-formed client {@code X-Trace-Id} is kept, else a new one; forwarded and answered);</li>
 *   <li>no header a service trusts from a client: {@link ClientHeaderSanitizer#UNTRUSTED} are removed and
 *   {@code X-Real-IP} is set to the connection's address (svc-apicall checks the customer's IP whitelist with it);
 *   hop-by-hop headers are not forwarded;</li>
 *   <li>an instance of the route's service from the load balancer (Nacos or the static list), the next one when the
 *   chosen one refuses the connection (nothing reached it; at most {@link #CONNECT_RETRIES} more), the gateway
 *   HTTP client's pool and response timeout (504 envelope), 503 envelope when no instance answers;</li>
 *   <li>the answer (status, headers, body) passed back as it is; request and answer bodies are small JSON, read
 *   whole (a body above the limit: 413 envelope).</li>
 * </ul>
 * No session is involved (svc-apicall authenticates the appId's HMAC signature). Every other {@code /open/**}
 * request (a chunked body, an unusual path, another method) still takes the generic route. Requests are counted in
 * {@code nuoer.gateway.open.requests} (timer, tag {@code status}).
 */
public class OpenApiProxy {

    public static final String ROUTE_ID = "open-api";
    static final int CONNECT_RETRIES = 2;

    private static final Logger log = LoggerFactory.getLogger(OpenApiProxy.class);
    private static final byte[] EMPTY = new byte[0];
    /**
     * Hop-by-hop headers (RFC 9110 §7.6.1), {@code Expect} (the body is read before forwarding, so 100-continue was
     * already answered here) and the ones this proxy sets itself: never passed on either way.
     */
    private static final List<String> NOT_FORWARDED = List.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "expect", "content-length", TraceContext.HEADER);
    /** The forwarded request's headers: names and values come from Netty's decoder, already validated. */
    private static final DefaultHttpHeadersFactory UNVALIDATED =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);

    private final ReactiveLoadBalancer<ServiceInstance> loadBalancer;
    private final String serviceId;
    private final HttpClient client;
    private final EnvelopeWriter envelopes;
    private final long maxBodyBytes;
    private final GatewayParamParser<HttpServerRequest> sentinelParams =
            new GatewayParamParser<>(new NettyRequestItemParser());
    private final Meter.MeterProvider<Timer> timers;

    /**
     * @param client       the gateway's HTTP client (Spring Cloud Gateway's bean: its pool and connect timeout)
     * @param responseTimeout the gateway's response timeout (null: none)
     */
    public OpenApiProxy(String serviceId, ReactiveLoadBalancer<ServiceInstance> loadBalancer, HttpClient client,
            Duration responseTimeout, EnvelopeWriter envelopes, long maxBodyBytes, MeterRegistry meters) {
        this.serviceId = serviceId;
        this.loadBalancer = loadBalancer;
        this.client = responseTimeout == null ? client : client.responseTimeout(responseTimeout);
        this.envelopes = envelopes;
        this.maxBodyBytes = maxBodyBytes;
        this.timers = Timer.builder("nuoer.gateway.open.requests")
                .description("open data API calls proxied by the gateway's own path, by HTTP status")
                .withRegistry(meters);
    }

    /** True for the requests this proxy serves: {@code POST /open/v1/<plain code>[?query]} with a Content-Length. */
    public static boolean serves(HttpServerRequest request) {
        if (!HttpMethod.POST.equals(request.method())) {
            return false;
        }
        String uri = request.uri();
        if (!uri.startsWith(OpenApiPath.PREFIX) || !request.requestHeaders().contains(HttpHeaderNames.CONTENT_LENGTH)) {
            return false;
        }
        int query = uri.indexOf('?');
        return OpenApiPath.plainCode(uri, OpenApiPath.PREFIX.length(), query < 0 ? uri.length() : query);
    }

    public Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        long started = System.nanoTime();
        String traceId = TraceContext.acceptOrCreate(request.requestHeaders().get(TraceContext.HEADER));
        Mono<Answer> answer;
        if (contentLength(request) > maxBodyBytes) {
            answer = Mono.error(new GatewayException(ErrorCode.PAYLOAD_TOO_LARGE));
        } else {
            HttpHeaders headers = forwardedHeaders(request, traceId);
            String uri = request.uri();
            answer = request.receive().aggregate().asByteArray().defaultIfEmpty(EMPTY)
                    .flatMap(body -> forward(uri, headers, body))
                    .transform(new SentinelReactorTransformer<>(sentinelEntry(request)));
        }
        return answer
                .flatMap(a -> send(response, a.status(), a.headers(), a.body(), traceId, started))
                .onErrorResume(error -> fail(request, response, error, traceId, started));
    }

    /** The announced body length ({@link #serves} requires the header; Netty's decoder has checked its syntax). */
    static long contentLength(HttpServerRequest request) {
        try {
            return Long.parseLong(request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH).trim());
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    private EntryConfig sentinelEntry(HttpServerRequest request) {
        Object[] params = sentinelParams.parseParameterFor(ROUTE_ID, request,
                rule -> rule.getResourceMode() == SentinelGatewayConstants.RESOURCE_MODE_ROUTE_ID);
        return new EntryConfig(ROUTE_ID, ResourceTypeConstants.COMMON_API_GATEWAY, EntryType.IN, 1, params,
                new ContextConfig(SentinelGatewayConstants.GATEWAY_CONTEXT_ROUTE_PREFIX + ROUTE_ID, ""));
    }

    static HttpHeaders forwardedHeaders(HttpServerRequest request, String traceId) {
        HttpHeaders headers = UNVALIDATED.newHeaders().set(request.requestHeaders());
        NOT_FORWARDED.forEach(headers::remove);
        ClientHeaderSanitizer.UNTRUSTED.forEach(headers::remove);
        String clientIp = ClientHeaderSanitizer.clientIp(request.remoteAddress());
        if (clientIp != null) {
            headers.set(GatewayAttributes.REAL_IP, clientIp);
        }
        headers.set(TraceContext.HEADER, traceId);
        return headers;
    }

    private Mono<Answer> forward(String uri, HttpHeaders headers, byte[] body) {
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return Mono.defer(() -> Mono.from(loadBalancer.choose()))
                .flatMap(chosen -> chosen.hasServer() ? Mono.just(chosen.getServer())
                        : Mono.error(new GatewayException(ErrorCode.SERVICE_UNAVAILABLE, null,
                                new IllegalStateException("no instance of " + serviceId))))
                .flatMap(instance -> client.post().uri(target(instance.getUri(), uri))
                        .send((request, out) -> {
                            request.headers(headers);
                            return out.sendByteArray(Mono.just(body));
                        })
                        .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(EMPTY)
                                .map(bytes -> new Answer(response.status(), response.responseHeaders(), bytes))))
                .retryWhen(Retry.max(CONNECT_RETRIES).filter(OpenApiProxy::refused));
    }

    static String target(URI instance, String uri) {
        return instance.getScheme() + "://" + instance.getRawAuthority() + uri;
    }

    /** The connection could not even be opened: the request reached no instance and may go to the next one. */
    static boolean refused(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private Mono<Void> send(HttpServerResponse response, HttpResponseStatus status, HttpHeaders answerHeaders,
            byte[] body, String traceId, long started) {
        response.status(status);
        NOT_FORWARDED.forEach(answerHeaders::remove);
        HttpHeaders headers = response.responseHeaders().add(answerHeaders);
        headers.set(TraceContext.HEADER, traceId);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return response.sendByteArray(Mono.just(body)).then()
                .doFinally(signal -> timers.withTag("status", Integer.toString(status.code()))
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
    }

    private Mono<Void> fail(HttpServerRequest request, HttpServerResponse response, Throwable error, String traceId,
            long started) {
        if (response.hasSentHeaders()) {
            return Mono.error(error);
        }
        ErrorCode code = GatewayErrorHandler.classify(error);
        String msg = error instanceof GatewayException gatewayException ? gatewayException.getMessage() : null;
        if (code == ErrorCode.INTERNAL_ERROR) {
            log.error("[{}] POST {} failed", traceId, request.uri(), error);
        } else if (code.httpStatus() >= 500) {
            log.warn("[{}] POST {} -> {} ({})", traceId, request.uri(), code.code(), error.toString());
        }
        HttpHeaders headers = new DefaultHttpHeaders()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        return send(response, HttpResponseStatus.valueOf(code.httpStatus()), headers,
                envelopes.bytes(code, msg, traceId), traceId, started);
    }

    record Answer(HttpResponseStatus status, HttpHeaders headers, byte[] body) {
    }

    /** Sentinel's view of a Reactor Netty request (for the gateway flow rules' parameter items). */
    static final class NettyRequestItemParser
            implements com.alibaba.csp.sentinel.adapter.gateway.common.param.RequestItemParser<HttpServerRequest> {

        @Override
        public String getPath(HttpServerRequest request) {
            return request.fullPath();
        }

        @Override
        public String getRemoteAddress(HttpServerRequest request) {
            return ClientHeaderSanitizer.clientIp(request.remoteAddress());
        }

        @Override
        public String getHeader(HttpServerRequest request, String name) {
            return request.requestHeaders().get(name);
        }

        @Override
        public String getUrlParam(HttpServerRequest request, String name) {
            List<String> values = new io.netty.handler.codec.http.QueryStringDecoder(request.uri()).parameters()
                    .get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public String getCookieValue(HttpServerRequest request, String name) {
            var cookies = request.allCookies().get(name);
            return cookies == null || cookies.isEmpty() ? null : cookies.get(0).value();
        }
    }
}
