package com.nuoer.apicall.forewarn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.common.session.IdentityHeaders;
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
 * Calls svc-apicall with a gateway-signed session of any app (beeback customers with their developer account, crm
 * operators with given menus), JSON or multipart; answers carry {@code _status}. Used by the forewarn and model tests.
 */
public final class Caller {

    private final Map<String, Object> session;
    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final IdentityHeaders signer;

    private Caller(Map<String, Object> session, TestRestTemplate http, ObjectMapper json, IdentityHeaders signer) {
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

    /** A customer of organisation {@code organizationId} whose developer account is {@code deptId}. */
    public static Caller beeback(long userId, long organizationId, long deptId, String deptName, TestRestTemplate http,
                                 ObjectMapper json, IdentityHeaders signer) {
        Map<String, Object> s = base("beeback", userId);
        s.put("enterpriseId", organizationId);
        s.put("merchantId", organizationId);
        s.put("deptId", deptId);
        s.put("deptName", deptName);
        return new Caller(s, http, json, signer);
    }

    public static Caller crm(List<String> menus, TestRestTemplate http, ObjectMapper json, IdentityHeaders signer) {
        Map<String, Object> s = base("crm", 1L);
        s.put("roles", List.of("operator"));
        s.put("menus", menus);
        return new Caller(s, http, json, signer);
    }

    public HttpHeaders headers(MediaType type) {
        HttpHeaders h = new HttpHeaders();
        try {
            signer.headersFor(json.writeValueAsString(session), System.currentTimeMillis()).forEach(h::set);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        h.setContentType(type);
        return h;
    }

    public JsonNode post(String path, Object body) {
        return read(http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(MediaType.APPLICATION_JSON)),
                String.class));
    }

    /** A multipart POST with one file part {@code file}. */
    public JsonNode upload(String path, String fileName, byte[] content) {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return read(http.exchange(path, HttpMethod.POST,
                new HttpEntity<>(parts, headers(MediaType.MULTIPART_FORM_DATA)), String.class));
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
