package com.nuoer.customer.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.SessionStore;
import com.nuoer.customer.iam.web.SignedIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls the service as the gateway would: log in through /mt/auth/login, then sign the stored session into the
 * identity headers. Answers are the envelope as JSON with the HTTP status added as {@code _status}.
 */
final class OrgApi {

    private final TestRestTemplate http;
    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final IdentityHeaders signer;

    OrgApi(TestRestTemplate http, StringRedisTemplate redis, ObjectMapper json, IdentityHeaders signer) {
        this.http = http;
        this.redis = redis;
        this.json = json;
        this.signer = signer;
    }

    /** The stored session JSON of a fresh login. */
    String sessionJson(String appcode, String username, String password) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.exchange("/mt/auth/login", HttpMethod.POST,
                new HttpEntity<>(Map.of("appcode", appcode, "username", username, "password", password), h),
                String.class);
        JsonNode body = read(r.getBody());
        assertThat(body.path("code").asInt()).as(r.getBody()).isZero();
        String stored = redis.opsForValue().get(SessionStore.sessionKey(body.path("data").path("stoken").asText()));
        assertThat(stored).isNotNull();
        return stored;
    }

    HttpHeaders as(String appcode, String username, String password) {
        return SignedIdentity.of(sessionJson(appcode, username, password), signer, System.currentTimeMillis());
    }

    /** A session of the given login, changed before signing (e.g. roles and menus of a less privileged operator). */
    HttpHeaders asModified(String appcode, String username, String password, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) read(sessionJson(appcode, username, password));
        change.accept(node);
        return SignedIdentity.of(node.toString(), signer, System.currentTimeMillis());
    }

    HttpHeaders asService(String name) {
        return SignedIdentity.of(SessionInfo.service(name), json, signer, System.currentTimeMillis());
    }

    JsonNode post(String path, Object body, HttpHeaders identity) {
        HttpHeaders h = new HttpHeaders();
        h.addAll(identity);
        h.setContentType(MediaType.APPLICATION_JSON);
        return answer(http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, h), String.class));
    }

    JsonNode get(String path, HttpHeaders identity) {
        return answer(http.exchange(path, HttpMethod.GET, new HttpEntity<>(identity), String.class));
    }

    /** data of a successful answer (code 0), failing with the whole answer otherwise. */
    JsonNode ok(JsonNode answer) {
        assertThat(answer.path("code").asInt()).as(answer.toString()).isZero();
        return answer.path("data");
    }

    private JsonNode answer(ResponseEntity<String> r) {
        ObjectNode node = (ObjectNode) read(r.getBody());
        node.put("_status", r.getStatusCode().value());
        return node;
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** A complete register form (the fields the front-end sends) for a new company. */
    static Map<String, Object> form(String name, String enterpriseNo, String mobile) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("organizationName", name);
        f.put("aliasName", name.substring(0, Math.min(4, name.length())));
        f.put("enterpriseNo", enterpriseNo);
        f.put("mobile", mobile);
        f.put("realName", "测试法人");
        f.put("idCard", "330106199001011234");
        f.put("email", "it@flow-test.example");
        f.put("linkman", "测试联系人");
        f.put("linkMobile", mobile);
        f.put("linkAddress", Map.of("provinceName", "浙江省", "cityName", "杭州市", "districtName", "西湖区",
                "addressDetail", "文三路1号"));
        f.put("gradeCode", "B");
        f.put("royaltyRate", 0.05);
        f.put("gainChannel", "PHONE_VISIT");
        f.put("customerType", 20);
        f.put("customerNature", "CONSUMER_FINANCE");
        f.put("industry", "FINANCE");
        f.put("appcodes", List.of(Map.of("appcode", "beeback")));
        f.put("noticeAtOnce", true);
        f.put("isMonthlySettle", true);
        f.put("overdraftQuota", 1000);
        return f;
    }
}
