package com.nuoer.apicall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls svc-apicall as the gateway (or another service) would: a session JSON signed into the identity headers.
 * JSON answers come back with the HTTP status added as {@code _status}.
 */
public final class Api {

    private final Object session;
    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final IdentityHeaders signer;

    private Api(Object session, TestRestTemplate http, ObjectMapper json, IdentityHeaders signer) {
        this.session = session;
        this.http = http;
        this.json = json;
        this.signer = signer;
    }

    private static Map<String, Object> base(String appcode, long userId) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("loginId", UUID.randomUUID().toString());
        s.put("stoken", UUID.randomUUID().toString());
        s.put("userId", userId);
        s.put("username", "it-" + appcode);
        s.put("appcode", appcode);
        s.put("loginAppCode", appcode);
        s.put("tenantId", 1);
        return s;
    }

    /** An operator with the given menus (no admin role). */
    public static Api crm(List<String> menus, TestRestTemplate http, ObjectMapper json, IdentityHeaders signer) {
        Map<String, Object> s = base("crm", 1L);
        s.put("roles", List.of("operator"));
        s.put("menus", menus);
        return new Api(s, http, json, signer);
    }

    public static Api sales(long salesmanId, TestRestTemplate http, ObjectMapper json, IdentityHeaders signer) {
        Map<String, Object> s = base("sales", salesmanId);
        s.put("salesmanId", salesmanId);
        s.put("isAppManage", false);
        s.put("roles", List.of("salesman"));
        s.put("menus", List.of());
        return new Api(s, http, json, signer);
    }

    public static Api service(String name, TestRestTemplate http, ObjectMapper json, IdentityHeaders signer) {
        return new Api(SessionInfo.service(name), http, json, signer);
    }

    public HttpHeaders headers() {
        HttpHeaders h = new HttpHeaders();
        try {
            signer.headersFor(json.writeValueAsString(session), System.currentTimeMillis()).forEach(h::set);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        h.setContentType(MediaType.APPLICATION_JSON);
        return h;
    }

    public JsonNode post(String path, Object body) {
        return read(http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class));
    }

    public JsonNode get(String path) {
        return read(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class));
    }

    public String postRaw(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class).getBody();
    }

    public ResponseEntity<byte[]> postBytes(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), byte[].class);
    }

    private JsonNode read(ResponseEntity<String> response) {
        try {
            ObjectNode node = (ObjectNode) json.readTree(response.getBody());
            node.put("_status", response.getStatusCode().value());
            return node;
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}
