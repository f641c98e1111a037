package com.nuoer.customer.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.customer.iam.SessionStore;
import com.nuoer.customer.iam.web.SignedIdentity;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the service as the gateway would (login, then signed identity headers); answers carry {@code _status}. */
final class Api {

    private final TestRestTemplate http;
    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final IdentityHeaders signer;

    Api(TestRestTemplate http, StringRedisTemplate redis, ObjectMapper json, IdentityHeaders signer) {
        this.http = http;
        this.redis = redis;
        this.json = json;
        this.signer = signer;
    }

    HttpHeaders as(String appcode, String username, String password) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.exchange("/mt/auth/login", HttpMethod.POST,
                new HttpEntity<>(Map.of("appcode", appcode, "username", username, "password", password), h),
                String.class);
        JsonNode body = read(r.getBody());
        assertThat(body.path("code").asInt()).as(r.getBody()).isZero();
        String stored = redis.opsForValue().get(SessionStore.sessionKey(body.path("data").path("stoken").asText()));
        assertThat(stored).isNotNull();
        return SignedIdentity.of(stored, signer, System.currentTimeMillis());
    }

    JsonNode post(String path, Object body, HttpHeaders identity) {
        HttpHeaders h = new HttpHeaders();
        h.addAll(identity);
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, h), String.class);
        ObjectNode node = (ObjectNode) read(r.getBody());
        node.put("_status", r.getStatusCode().value());
        return node;
    }

    JsonNode ok(JsonNode answer) {
        assertThat(answer.path("code").asInt()).as(answer.toString()).isZero();
        return answer.path("data");
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
