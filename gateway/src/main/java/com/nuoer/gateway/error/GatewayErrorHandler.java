package com.nuoer.gateway.error;

import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.gateway.GatewayAttributes;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Renders every error of the gateway as the standard envelope, never a stack trace or Spring's default JSON.
 * Order -2: before Spring Boot's DefaultErrorWebExceptionHandler (-1); Sentinel's own block handler
 * (highest precedence) answers blocked requests first through our {@code BlockRequestHandler}.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final EnvelopeWriter envelopeWriter;

    public GatewayErrorHandler(EnvelopeWriter envelopeWriter) {
        this.envelopeWriter = envelopeWriter;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        ErrorCode error = classify(ex);
        String msg = ex instanceof GatewayException gatewayException ? gatewayException.getMessage() : null;
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
        String traceId = GatewayAttributes.traceId(exchange);
        if (error == ErrorCode.INTERNAL_ERROR) {
            log.error("[{}] {} failed", traceId, request, ex);
        } else if (error.httpStatus() >= 500) {
            log.warn("[{}] {} -> {} ({})", traceId, request, error.code(), describe(ex));
        } else {
            log.debug("[{}] {} -> {} ({})", traceId, request, error.code(), describe(ex));
        }
        return envelopeWriter.write(exchange, error, msg);
    }

    /** The envelope code of an error: ours, Sentinel's, the load balancer's, the HTTP client's, Redis', Spring's. */
    public static ErrorCode classify(Throwable ex) {
        if (ex instanceof GatewayException gatewayException) {
            return gatewayException.errorCode();
        }
        if (BlockException.isBlockException(ex)) {
            return ErrorCode.TOO_MANY_REQUESTS;
        }
        if (ex instanceof NotFoundException) {
            // "Unable to find instance for svc-x": the service has no running instance
            return ErrorCode.SERVICE_UNAVAILABLE;
        }
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException) {
                return ErrorCode.SERVICE_UNAVAILABLE;
            }
            if (t instanceof PrematureCloseException) {
                // the service closed the connection before answering (e.g. it died during the request)
                return ErrorCode.UPSTREAM_ERROR;
            }
            if (t instanceof TimeoutException || t instanceof ReadTimeoutException
                    || t instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return ErrorCode.TIMEOUT;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof RedisSystemException) {
                return ErrorCode.SERVICE_UNAVAILABLE;
            }
        }
        if (ex instanceof ResponseStatusException statusException) {
            return ofStatus(statusException.getStatusCode());
        }
        return ErrorCode.INTERNAL_ERROR;
    }

    static ErrorCode ofStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known != null) {
            switch (known) {
                case NOT_FOUND:
                    return ErrorCode.ROUTE_NOT_FOUND;
                case METHOD_NOT_ALLOWED:
                    return ErrorCode.METHOD_NOT_ALLOWED;
                case UNSUPPORTED_MEDIA_TYPE:
                    return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
                case PAYLOAD_TOO_LARGE:
                    return ErrorCode.PAYLOAD_TOO_LARGE;
                case UNAUTHORIZED:
                    return ErrorCode.UNAUTHORIZED;
                case FORBIDDEN:
                    return ErrorCode.FORBIDDEN;
                case TOO_MANY_REQUESTS:
                    return ErrorCode.TOO_MANY_REQUESTS;
                case BAD_GATEWAY:
                    return ErrorCode.UPSTREAM_ERROR;
                case SERVICE_UNAVAILABLE:
                    return ErrorCode.SERVICE_UNAVAILABLE;
                case GATEWAY_TIMEOUT:
                    return ErrorCode.TIMEOUT;
                default:
                    break;
            }
        }
        return status.is4xxClientError() ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_ERROR;
    }

    private static String describe(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == ex ? ex.toString() : ex + " <- " + root;
    }
}
