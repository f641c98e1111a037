package com.nuoer.customer.developer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.customer.iam.web.SignedIdentity;
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
 * A caller of svc-customer's endpoints with a gateway-signed session (test helper shared by the developer, notify
 * and index tests): {@code beeback(org, dept)}, {@code crm(menus...)}, {@code sales(salesmanId)}.
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

    private static Map<String, Object> base(String appcode, Long userId) {
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

    public static Caller beeback(Long userId, Long organizationId, Long deptId, TestRestTemplate http,
                                 ObjectMapper json, IdentityHeaders signer) {
        Map<String, Object> s = base("beeback", userId);
        s.put("enterpriseId", organizationId);
        s.put("merchantId", organizationId);
        s.put("deptId", deptId);
        return new Caller(s, http, json, signer);
    }

    public static Caller crm(List<String> roles, List<String> menus, TestRestTemplate http, ObjectMapper json,
                             IdentityHeaders signer) {
        Map<String, Object> s = base("crm", 1L);
        s.put("roles", roles);
        s.put("menus", menus);
        return new Caller(s, http, json, signer);
    }

    public static Caller sales(Long salesmanId, boolean appManage, TestRestTemplate http, ObjectMapper json,
                               IdentityHeaders signer) {
        Map<String, Object> s = base("sales", salesmanId);
        s.put("salesmanId", salesmanId);
        s.put("isAppManage", appManage);
        s.put("roles", List.of("salesman"));
        s.put("menus", List.of());
        return new Caller(s, http, json, signer);
    }

    private HttpHeaders headers() {
        HttpHeaders h = SignedIdentity.of(session, json, signer, System.currentTimeMillis());
        h.setContentType(MediaType.APPLICATION_JSON);
        return h;
    }

    public JsonNode post(String path, Object body) {
        return read(http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class));
    }

    public JsonNode get(String path) {
        return read(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class));
    }

    /** The raw answer, for asserting what it does not contain. */
    public String postRaw(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class).getBody();
    }

    private JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}
