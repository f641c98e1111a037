package com.nuoer.common.feign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.error.RemoteServiceException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;

/**
 * Maps an error answer of another service to {@link RemoteServiceException} with the remote envelope's code and
 * message, so a 404/409 of the callee reaches our caller as the same refusal; anything else becomes 502/503.
 */
public class EnvelopeErrorDecoder implements ErrorDecoder {

    private final ObjectMapper objectMapper;

    public EnvelopeErrorDecoder(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String service = response.request() == null ? methodKey : response.request().url();
        if (response.body() != null) {
            try (InputStream in = response.body().asInputStream()) {
                JsonNode node = objectMapper.readTree(in);
                if (node != null && node.hasNonNull("code") && node.get("code").canConvertToInt()) {
                    int code = node.get("code").asInt();
                    String msg = node.path("msg").asText(ErrorCode.UPSTREAM_ERROR.defaultMessage());
                    return new RemoteServiceException(service, code, msg);
                }
            } catch (IOException ignored) {
                // not an envelope: fall through
            }
        }
        ErrorCode code = response.status() == 503 ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.UPSTREAM_ERROR;
        return new RemoteServiceException(service, code.code(), code.defaultMessage());
    }
}
