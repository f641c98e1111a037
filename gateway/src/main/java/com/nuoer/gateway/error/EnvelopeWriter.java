package com.nuoer.gateway.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.trace.TraceContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.gateway.GatewayAttributes;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes the standard envelope {@code {code, msg, timestamp, traceId}} for errors of the gateway itself. */
@Component
public class EnvelopeWriter {

    private final ObjectMapper objectMapper;

    public EnvelopeWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The JSON of an error envelope carrying the exchange's trace id. */
    public String json(ServerWebExchange exchange, ErrorCode error, String msg) {
        return new String(bytes(error, msg, GatewayAttributes.traceId(exchange)), StandardCharsets.UTF_8);
    }

    /** The UTF-8 JSON of an error envelope ({@code msg} null: the error's default message). */
    public byte[] bytes(ErrorCode error, String msg, String traceId) {
        ApiResponse<Void> body = ApiResponse.fail(error.code(), msg == null ? error.defaultMessage() : msg, traceId);
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the error envelope", e);
        }
    }

    public Mono<Void> write(ServerWebExchange exchange, ErrorCode error, String msg) {
        byte[] bytes = bytes(error, msg, GatewayAttributes.traceId(exchange));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(error.httpStatus()));
        // headers a failed downstream response may have left behind must not describe the envelope
        response.getHeaders().remove(HttpHeaders.TRANSFER_ENCODING);
        response.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
        response.getHeaders().remove(HttpHeaders.CONTENT_DISPOSITION);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getHeaders().setContentLength(bytes.length);
        response.getHeaders().set(TraceContext.HEADER, GatewayAttributes.traceId(exchange));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
