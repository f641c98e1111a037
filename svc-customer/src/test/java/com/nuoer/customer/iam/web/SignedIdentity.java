package com.nuoer.customer.iam.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import org.springframework.http.HttpHeaders;

/** Builds the identity headers exactly as the gateway does: session JSON, base64url, timestamp, HMAC signature. */
public final class SignedIdentity {

    private SignedIdentity() {
    }

    /** Headers for a session JSON as stored in Redis. */
    public static HttpHeaders of(String sessionJson, IdentityHeaders signer, long nowMillis) {
        HttpHeaders headers = new HttpHeaders();
        signer.headersFor(sessionJson, nowMillis).forEach(headers::set);
        return headers;
    }

    public static HttpHeaders of(Object session, ObjectMapper objectMapper, IdentityHeaders signer, long nowMillis) {
        try {
            return of(objectMapper.writeValueAsString(session), signer, nowMillis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
