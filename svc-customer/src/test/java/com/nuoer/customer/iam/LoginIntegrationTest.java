package com.nuoer.customer.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.customer.iam.web.SignedIdentity;
import com.nuoer.testsupport.IntegrationTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Login, lockout, querySession and logout against real PostgreSQL (Flyway + demo data) and Redis. */
@IntegrationTest
class LoginIntegrationTest {

    private static final String DEMO_SECRET = "2a8d269183cf5793b0207acd8f916d80";

    @Autowired
    TestRestTemplate http;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    IdentityHeaders identityHeaders;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    LoginService loginService;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SessionProperties sessionProperties;

    // ---------------------------------------------------------------- helpers

    private ResponseEntity<String> postLogin(String appcode, String username, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, String> body = Map.of("appcode", appcode, "username", username, "password", password);
        return http.exchange("/mt/auth/login", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode json(ResponseEntity<String> response) {
        try {
            return objectMapper.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private JsonNode loginOk(String appcode, String username, String password) {
        ResponseEntity<String> response = postLogin(appcode, username, password);
        JsonNode body = json(response);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(body.path("code").asInt()).isZero();
        return body.path("data");
    }

    /** The identity headers the gateway would add for this stoken: the session JSON exactly as stored. */
    private HttpHeaders gatewayIdentity(String stoken) {
        String stored = redis.opsForValue().get(SessionStore.sessionKey(stoken));
        assertThat(stored).as("session in Redis").isNotNull();
        return SignedIdentity.of(stored, identityHeaders, System.currentTimeMillis());
    }

    private ResponseEntity<String> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(headers), String.class);
    }

    private static void assertRefused(ResponseEntity<String> response, JsonNode body, int status, ErrorCode code) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(body.path("code").asInt()).as(response.getBody()).isEqualTo(code.code());
        assertThat(body.has("data")).isFalse();
    }

    /** A fresh beeback user of its own, so lockout tests never lock a demo account. */
    private UserAccount newUser(String password) {
        UserAccount user = UserAccount.create("it_" + UUID.randomUUID().toString().substring(0, 8),
                passwordEncoder.encode(password), "测试用户", "13700000000", LocalDateTime.now());
        user.enableApp(AppCode.BEEBACK);
        return users.save(user);
    }

    private int failedCount(Long userId) {
        return jdbc.queryForObject("select failed_login_count from user_account where id = ?", Integer.class, userId);
    }

    private static List<String> nonNullFields(JsonNode data) {
        List<String> names = new ArrayList<>();
        data.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    // ---------------------------------------------------------------- login success

    @Test
    void crmAdminLogsInWithTheAdminRoleAndASessionInRedis() {
        LocalDateTime before = LocalDateTime.now().minusSeconds(1);
        JsonNode s = loginOk("crm", "admin", "Admin@123");

        String stoken = s.path("stoken").asText();
        assertThat(stoken).matches("[A-Za-z0-9_-]{43}");
        assertThat(s.path("loginId").asText()).isEqualTo(stoken);
        assertThat(s.path("userId").asLong()).isEqualTo(1L);
        assertThat(s.path("username").asText()).isEqualTo("admin");
        assertThat(s.path("appcode").asText()).isEqualTo("crm");
        assertThat(s.path("loginAppCode").asText()).isEqualTo("crm");
        assertThat(s.path("appName").asText()).isEqualTo(AppCode.CRM.appName());
        assertThat(s.path("merchantName").asText()).isEqualTo("诺尔数据");
        assertThat(s.path("staffId").asLong()).isEqualTo(1L);
        assertThat(s.path("roles").toString()).contains("\"admin\"");
        assertThat(s.path("isTemp").asBoolean(true)).isFalse();
        assertThat(s.path("iv").asInt()).isEqualTo(1);
        assertThat(s.path("refreshTime").asLong()).isPositive();
        assertThat(s.has("password")).isFalse();
        assertThat(s.has("passwordHash")).isFalse();

        Long ttl = redis.getExpire(SessionStore.sessionKey(stoken));
        assertThat(ttl).isPositive().isLessThanOrEqualTo(sessionProperties.ttl().toSeconds());
        assertThat(redis.opsForSet().isMember(SessionStore.userSessionsKey(1L), stoken)).isTrue();
        LocalDateTime lastLogin = jdbc.queryForObject("select last_login_time from user_account where id = 1",
                LocalDateTime.class);
        assertThat(lastLogin).isAfter(before);
    }

    @Test
    void salesUserLogsInAsAnInnerSalesman() {
        JsonNode s = loginOk("sales", "sales01", "Sales@123");
        assertThat(s.path("userId").asLong()).isEqualTo(2L);
        assertThat(s.path("nickname").asText()).isEqualTo("王销售");
        assertThat(s.path("mobile").asText()).isEqualTo("13800000001");
        assertThat(s.path("salesmanId").asLong()).isEqualTo(2L);
        assertThat(s.path("roleType").asText()).isEqualTo("inner");
        assertThat(s.path("isAppManage").isBoolean()).isTrue();
        assertThat(s.path("isAppManage").asBoolean()).isFalse();
        assertThat(s.path("roles").toString()).contains("salesman");
        assertThat(redis.hasKey(SessionStore.sessionKey(s.path("stoken").asText()))).isTrue();
    }

    @Test
    void beebackUserLogsInWithOrganisationAndProductionDeveloperAccount() {
        ResponseEntity<String> response = postLogin("beeback", "demo", "Demo@123");
        JsonNode s = json(response).path("data");
        assertThat(s.path("userId").asLong()).isEqualTo(3L);
        assertThat(s.path("deptId").asLong()).isEqualTo(1L);
        assertThat(s.path("appId").asText()).isEqualTo("nuoer_demo_app01");
        assertThat(s.path("deptName").asText()).isEqualTo("杭州演示科技有限公司");
        assertThat(s.path("merchantId").asLong()).isEqualTo(100001L);
        assertThat(s.path("enterpriseId").asLong()).isEqualTo(1L);
        assertThat(s.path("enterpriseName").asText()).isEqualTo("杭州演示科技有限公司");
        assertThat(s.path("authType").asInt()).isEqualTo(20);
        assertThat(s.path("isTest").asBoolean()).isTrue();
        assertThat(s.has("roles")).isFalse();
        assertThat(response.getBody()).doesNotContain(DEMO_SECRET).doesNotContain("$2a$");
        String stored = redis.opsForValue().get(SessionStore.sessionKey(s.path("stoken").asText()));
        assertThat(stored).doesNotContain(DEMO_SECRET).doesNotContain("$2a$");
    }

    @Test
    void requestIpIsTheGatewaysRealIpHeader() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Real-IP", "198.51.100.23");
        ResponseEntity<String> response = http.exchange("/mt/auth/login", HttpMethod.POST, new HttpEntity<>(
                Map.of("appcode", "crm", "username", "admin", "password", "Admin@123"), headers), String.class);
        assertThat(json(response).path("data").path("requestIp").asText()).isEqualTo("198.51.100.23");
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void wrongPasswordAndUnknownUserAreTheSame40102() {
        ResponseEntity<String> wrong = postLogin("sales", "sales01", "nope");
        ResponseEntity<String> unknown = postLogin("sales", "nobody_" + UUID.randomUUID(), "nope");
        assertRefused(wrong, json(wrong), 401, ErrorCode.BAD_CREDENTIALS);
        assertRefused(unknown, json(unknown), 401, ErrorCode.BAD_CREDENTIALS);
        assertThat(json(wrong).path("msg").asText()).isEqualTo(json(unknown).path("msg").asText());
        // the demo account is not left with a failure count that could lock it in a later test
        loginOk("sales", "sales01", "Sales@123");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        UserAccount user = newUser("Right@123");
        for (int i = 1; i <= 4; i++) {
            ResponseEntity<String> r = postLogin("beeback", user.getUsername(), "Wrong@" + i);
            assertRefused(r, json(r), 401, ErrorCode.BAD_CREDENTIALS);
            assertThat(failedCount(user.getId())).isEqualTo(i);
        }
        ResponseEntity<String> fifth = postLogin("beeback", user.getUsername(), "Wrong@5");
        assertRefused(fifth, json(fifth), 401, ErrorCode.ACCOUNT_LOCKED);

        ResponseEntity<String> right = postLogin("beeback", user.getUsername(), "Right@123");
        assertRefused(right, json(right), 401, ErrorCode.ACCOUNT_LOCKED);
        LocalDateTime lockedUntil = jdbc.queryForObject("select locked_until from user_account where id = ?",
                LocalDateTime.class, user.getId());
        assertThat(lockedUntil).isAfter(LocalDateTime.now().plusMinutes(14));

        // once the lockout has run out, the right password works and clears the counter
        jdbc.update("update user_account set locked_until = ? where id = ?", LocalDateTime.now().minusSeconds(1),
                user.getId());
        loginOk("beeback", user.getUsername(), "Right@123");
        assertThat(failedCount(user.getId())).isZero();
        assertThat(jdbc.queryForObject("select locked_until from user_account where id = ?", LocalDateTime.class,
                user.getId())).isNull();
    }

    @Test
    void aSuccessResetsTheFailureCounter() {
        UserAccount user = newUser("Right@123");
        for (int i = 0; i < 4; i++) {
            postLogin("beeback", user.getUsername(), "Wrong");
        }
        loginOk("beeback", user.getUsername(), "Right@123");
        assertThat(failedCount(user.getId())).isZero();
        for (int i = 0; i < 4; i++) {
            ResponseEntity<String> r = postLogin("beeback", user.getUsername(), "Wrong");
            assertRefused(r, json(r), 401, ErrorCode.BAD_CREDENTIALS);
        }
    }

    @Test
    void aFailureIsCountedEvenWhenTheSurroundingTransactionRollsBack() {
        UserAccount user = newUser("Right@123");
        assertThatThrownBy(() -> tx.executeWithoutResult(status ->
                loginService.login("beeback", user.getUsername(), "Wrong", "127.0.0.1")))
                .isInstanceOf(BizException.class)
                .extracting(e -> ((BizException) e).code()).isEqualTo(ErrorCode.BAD_CREDENTIALS.code());
        assertThat(failedCount(user.getId())).isEqualTo(1);
    }

    @Test
    void disabledUserIs40104OnlyWithTheRightPassword() {
        ResponseEntity<String> right = postLogin("beeback", "disabled01", "Disabled@123");
        assertRefused(right, json(right), 401, ErrorCode.ACCOUNT_DISABLED);
        ResponseEntity<String> wrong = postLogin("beeback", "disabled01", "Wrong");
        assertRefused(wrong, json(wrong), 401, ErrorCode.BAD_CREDENTIALS);
        jdbc.update("update user_account set failed_login_count = 0 where username = 'disabled01'");
    }

    @Test
    void salesUserOnCrmIs40301() {
        ResponseEntity<String> r = postLogin("crm", "sales01", "Sales@123");
        assertRefused(r, json(r), 403, ErrorCode.APP_NOT_ENABLED);
        ResponseEntity<String> r2 = postLogin("beeback", "admin", "Admin@123");
        assertRefused(r2, json(r2), 403, ErrorCode.APP_NOT_ENABLED);
    }

    @Test
    void missingFieldsAre40001AndMalformedJsonIs40002() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> missing = http.exchange("/mt/auth/login", HttpMethod.POST,
                new HttpEntity<>("{\"appcode\":\"crm\"}", headers), String.class);
        assertRefused(missing, json(missing), 400, ErrorCode.VALIDATION_FAILED);
        assertThat(json(missing).path("msg").asText()).contains("username").contains("password");

        ResponseEntity<String> malformed = http.exchange("/mt/auth/login", HttpMethod.POST,
                new HttpEntity<>("{not json", headers), String.class);
        assertRefused(malformed, json(malformed), 400, ErrorCode.MALFORMED_BODY);
    }

    // ---------------------------------------------------------------- querySession

    @Test
    void beebackQuerySessionReturnsTheSessionTheGatewayForwards() {
        String stoken = loginOk("beeback", "demo", "Demo@123").path("stoken").asText();
        ResponseEntity<String> r = get("/mt/beeback/dept/querySession", gatewayIdentity(stoken));
        JsonNode data = json(r).path("data");
        assertThat(json(r).path("code").asInt()).as(r.getBody()).isZero();
        assertThat(data.path("stoken").asText()).isEqualTo(stoken);
        assertThat(data.path("deptId").asLong()).isEqualTo(1L);
        assertThat(data.path("appId").asText()).isEqualTo("nuoer_demo_app01");
        assertThat(data.has("roleType")).isFalse();
        // the conformance checker wants >= 70 % of the 36 documented fields
        assertThat(nonNullFields(data)).hasSizeGreaterThanOrEqualTo(26)
                .allMatch(BEEBACK_FIELDS::contains);
    }

    @Test
    void salesQuerySessionReturnsRoleTypeAndIsAppManage() {
        String stoken = loginOk("sales", "sales01", "Sales@123").path("stoken").asText();
        ResponseEntity<String> r = get("/mt/sales/login/querySession", gatewayIdentity(stoken));
        JsonNode data = json(r).path("data");
        assertThat(data.path("roleType").asText()).isEqualTo("inner");
        assertThat(data.path("isAppManage").asBoolean(true)).isFalse();
        assertThat(data.path("salesmanId").asLong()).isEqualTo(2L);
        assertThat(data.has("deptId")).isFalse();
        // >= 70 % of the 35 documented fields
        assertThat(nonNullFields(data)).hasSizeGreaterThanOrEqualTo(25).allMatch(SALES_FIELDS::contains);
    }

    @Test
    void querySessionWithoutIdentityIs401AndWithAnotherAppsIs403() {
        ResponseEntity<String> anonymous = get("/mt/beeback/dept/querySession", new HttpHeaders());
        assertRefused(anonymous, json(anonymous), 401, ErrorCode.UNAUTHORIZED);
        String crmToken = loginOk("crm", "admin", "Admin@123").path("stoken").asText();
        ResponseEntity<String> wrongApp = get("/mt/sales/login/querySession", gatewayIdentity(crmToken));
        assertRefused(wrongApp, json(wrongApp), 403, ErrorCode.WRONG_APP);
    }

    @Test
    void mustRefreshRebuildsFromTheDatabaseKeepsTheStokenAndRenewsTheTtl() throws Exception {
        JsonNode first = loginOk("beeback", "demo", "Demo@123");
        String stoken = first.path("stoken").asText();
        HttpHeaders identity = gatewayIdentity(stoken);
        redis.expire(SessionStore.sessionKey(stoken), java.time.Duration.ofSeconds(60));
        jdbc.update("update user_account set nickname = '改过的昵称' where id = 3");
        try {
            Thread.sleep(5);
            ResponseEntity<String> r = get("/mt/beeback/dept/querySession?mustRefresh=true", identity);
            JsonNode data = json(r).path("data");
            assertThat(json(r).path("code").asInt()).as(r.getBody()).isZero();
            assertThat(data.path("stoken").asText()).isEqualTo(stoken);
            assertThat(data.path("loginAppCode").asText()).isEqualTo("beeback");
            assertThat(data.path("nickname").asText()).isEqualTo("改过的昵称");
            assertThat(data.path("refreshTime").asLong()).isGreaterThan(first.path("refreshTime").asLong());
            assertThat(redis.getExpire(SessionStore.sessionKey(stoken))).isGreaterThan(60);
            assertThat(redis.opsForValue().get(SessionStore.sessionKey(stoken))).contains("改过的昵称");

            // without mustRefresh: the forwarded session as it is
            ResponseEntity<String> plain = get("/mt/beeback/dept/querySession", identity);
            assertThat(json(plain).path("data").path("nickname").asText()).isEqualTo("演示用户");
        } finally {
            jdbc.update("update user_account set nickname = '演示用户' where id = 3");
        }
    }

    @Test
    void mustRefreshDoesNotResurrectALoggedOutSession() {
        String stoken = loginOk("beeback", "demo", "Demo@123").path("stoken").asText();
        HttpHeaders identity = gatewayIdentity(stoken);
        redis.delete(SessionStore.sessionKey(stoken));
        ResponseEntity<String> r = get("/mt/beeback/dept/querySession?mustRefresh=true", identity);
        assertRefused(r, json(r), 401, ErrorCode.SESSION_EXPIRED);
        assertThat(redis.hasKey(SessionStore.sessionKey(stoken))).isFalse();
    }

    @Test
    void mustRefreshOfADisabledUserDropsTheSession() {
        UserAccount user = newUser("Right@123");
        String stoken = loginOk("beeback", user.getUsername(), "Right@123").path("stoken").asText();
        HttpHeaders identity = gatewayIdentity(stoken);
        jdbc.update("update user_account set state = -1 where id = ?", user.getId());
        ResponseEntity<String> r = get("/mt/beeback/dept/querySession?mustRefresh=true", identity);
        assertRefused(r, json(r), 401, ErrorCode.ACCOUNT_DISABLED);
        assertThat(redis.hasKey(SessionStore.sessionKey(stoken))).isFalse();
    }

    // ---------------------------------------------------------------- logout

    @Test
    void logoutDeletesTheSessionKey() {
        String stoken = loginOk("crm", "admin", "Admin@123").path("stoken").asText();
        HttpHeaders identity = gatewayIdentity(stoken);
        ResponseEntity<String> r = post("/mt/auth/logout", identity);
        assertThat(json(r).path("code").asInt()).as(r.getBody()).isZero();
        assertThat(redis.hasKey(SessionStore.sessionKey(stoken))).isFalse();
        assertThat(redis.opsForSet().isMember(SessionStore.userSessionsKey(1L), stoken)).isFalse();
    }

    @Test
    void anonymousLogoutIs401() {
        ResponseEntity<String> r = post("/mt/auth/logout", new HttpHeaders());
        assertRefused(r, json(r), 401, ErrorCode.UNAUTHORIZED);
    }

    private static final List<String> COMMON_FIELDS = List.of("loginId", "stoken", "userId", "username",
            "nickname", "mobile", "merchantId", "merchantName", "enterpriseId", "enterpriseName", "industry",
            "authType", "loginAppCode", "appcode", "appName", "bizAppcode", "requestIp", "agentId", "salesmanId",
            "assistantId", "tenantId", "bizTenantId", "tenantOwnerId", "realName", "linkman", "linkMobile", "email",
            "isTemp", "terminal", "iv", "isTest", "refreshTime");
    private static final List<String> BEEBACK_FIELDS = concat(COMMON_FIELDS, "appId", "deptId", "deptName");
    private static final List<String> SALES_FIELDS = concat(COMMON_FIELDS, "roleType", "isAppManage");

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
