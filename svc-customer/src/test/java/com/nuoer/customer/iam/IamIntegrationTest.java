package com.nuoer.customer.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.staff.client.SalesStaffClient;
import com.nuoer.customer.iam.web.SignedIdentity;
import com.nuoer.testsupport.IntegrationTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * IAM of issue 3 against real PostgreSQL (Flyway + demo data) and Redis: menu permissions (403 for an operator
 * without the menu), the staff lifecycle with the two-step delete, roles in use, granted sales menus, editInfo with
 * SMS codes, one-time temporary passwords. svc-sales is a stubbed Feign client here.
 */
@IntegrationTest
class IamIntegrationTest {

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
    @MockitoBean
    SalesStaffClient salesStaffClient;

    // ---------------------------------------------------------------- helpers

    private JsonNode json(ResponseEntity<String> response) {
        try {
            return objectMapper.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private ResponseEntity<String> login(String appcode, String username, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/mt/auth/login", HttpMethod.POST, new HttpEntity<>(
                Map.of("appcode", appcode, "username", username, "password", password), headers), String.class);
    }

    /** Logs in and returns the identity headers the gateway would forward for the new session. */
    private HttpHeaders as(String appcode, String username, String password) {
        JsonNode body = json(login(appcode, username, password));
        assertThat(body.path("code").asInt()).as(body.toString()).isZero();
        String stored = redis.opsForValue().get(SessionStore.sessionKey(body.path("data").path("stoken").asText()));
        HttpHeaders headers = SignedIdentity.of(stored, identityHeaders, System.currentTimeMillis());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private JsonNode call(HttpMethod method, String path, HttpHeaders identity, Object body) {
        return json(http.exchange(path, method, new HttpEntity<>(body, identity), String.class));
    }

    private JsonNode post(String path, HttpHeaders identity, Object body) {
        return call(HttpMethod.POST, path, identity, body);
    }

    private static String randomMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A fresh account of its own (never a demo account: other tests rely on those). */
    private UserAccount newUser(String password, String mobile, AppCode app) {
        UserAccount user = UserAccount.create("it_" + UUID.randomUUID().toString().substring(0, 8),
                passwordEncoder.encode(password), "集成测试", mobile, LocalDateTime.now());
        if (app != null) {
            user.enableApp(app);
        }
        return users.save(user);
    }

    private static List<String> codesOf(JsonNode tree) {
        List<String> codes = new ArrayList<>();
        tree.forEach(n -> {
            codes.add(n.path("code").asText());
            codes.addAll(codesOf(n.path("subList")));
        });
        return codes;
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void iamDemoDataIsRepeatable() {
        String counts = "select (select count(*) from page_menu) || '/' || (select count(*) from role_menu) || '/' "
                + "|| (select count(*) from org_department) || '/' || (select count(*) from staff where id < 10000)";
        String before = jdbc.queryForObject(counts, String.class);
        new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(
                new org.springframework.core.io.ClassPathResource("db/demo/R__demo_data_iam.sql")).execute(dataSource);
        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
    }

    // ---------------------------------------------------------------- menu permissions

    @Test
    void operatorWithoutTheOrgMenuGets403WhileAdminSucceeds() {
        JsonNode operator = post("/mt/crm/org/dept/list", as("crm", "ops01", "Ops@123"), Map.of());
        assertThat(operator.path("code").asInt()).as(operator.toString()).isEqualTo(40300);
        assertThat(operator.has("data")).isFalse();

        JsonNode admin = post("/mt/crm/org/dept/list", as("crm", "admin", "Admin@123"), Map.of("querySub", true));
        assertThat(admin.path("code").asInt()).isZero();
        assertThat(admin.path("data").get(0).path("name").asText()).isEqualTo("运营中心");
    }

    @Test
    void sessionMenusHoldTheGrantedCodesOfTheLoginApp() {
        JsonNode s = json(login("crm", "ops01", "Ops@123")).path("data");
        assertThat(objectMapper.convertValue(s.path("menus"), List.class))
                .containsExactlyInAnyOrder("crm:index", "crm:customer", "crm:dir:customer");
        JsonNode admin = json(login("crm", "admin", "Admin@123")).path("data");
        assertThat(objectMapper.convertValue(admin.path("menus"), List.class)).contains("crm:org", "crm:system");
    }

    @Test
    void pageMenusReturnOnlyTheMenusGrantedToTheCallersRoles() {
        JsonNode answer = call(HttpMethod.GET, "/mt/sales/config/pageMenus", as("sales", "sales01", "Sales@123"),
                null);
        assertThat(answer.path("code").asInt()).isZero();
        List<String> codes = codesOf(answer.path("data"));
        assertThat(codes).contains("sales:index", "sales:dir:customer", "sales:customer", "sales:follow");
        assertThat(codes).doesNotContain("sales:team", "sales:payment");
        assertThat(codes).noneMatch(c -> c.startsWith("crm:"));
    }

    // ---------------------------------------------------------------- staff lifecycle

    @Test
    void staffAddListEditAndDeleteNeedingConfirmationWhileCustomersRemain() {
        HttpHeaders admin = as("crm", "admin", "Admin@123");
        String mobile = randomMobile();
        UserAccount user = newUser("Secret@123", mobile, null);

        JsonNode added = post("/mt/crm/org/staff/add", admin, Map.of("departmentId", 2, "name", "集成测试员工",
                "mobile", mobile, "roleIds", List.of(1001), "remark", "it"));
        assertThat(added.path("code").asInt()).as(added.toString()).isZero();
        long staffId = added.path("data").asLong();
        assertThat(staffId).isGreaterThanOrEqualTo(10000L);

        JsonNode again = post("/mt/crm/org/staff/add", admin, Map.of("name", "重复", "mobile", mobile));
        assertThat(again.path("code").asInt()).isEqualTo(IamError.STAFF_EXISTS.code());

        JsonNode list = post("/mt/crm/org/staff/list", admin, Map.of("merchantId", 1, "id", staffId));
        JsonNode row = list.path("data").path("results").get(0);
        assertThat(row.path("userId").asLong()).isEqualTo(user.getId());
        assertThat(row.path("roles").get(0).path("roleCode").asText()).isEqualTo("operator");
        assertThat(row.path("appcode").asText()).isEqualTo("crm");

        JsonNode edited = post("/mt/crm/org/staff/edit", admin, Map.of("id", staffId, "name", "改名后",
                "roleIds", List.of(1002)));
        assertThat(edited.path("code").asInt()).as(edited.toString()).isZero();
        row = post("/mt/crm/org/staff/list", admin, Map.of("merchantId", 1, "id", staffId))
                .path("data").path("results").get(0);
        assertThat(row.path("name").asText()).isEqualTo("改名后");
        assertThat(row.path("roles").get(0).path("roleCode").asText()).isEqualTo("finance");

        // the new staff member can log in to crm and gets the finance menus
        JsonNode session = json(login("crm", user.getUsername(), "Secret@123")).path("data");
        assertThat(objectMapper.convertValue(session.path("menus"), List.class)).contains("crm:bill");

        when(salesStaffClient.customerCount(anyLong())).thenReturn(ApiResponse.ok(3L));
        JsonNode refused = post("/mt/crm/org/staff/delete", admin, Map.of("id", staffId));
        assertThat(refused.path("code").asInt()).isEqualTo(IamError.STAFF_HAS_CUSTOMERS.code());
        assertThat(refused.path("msg").asText()).contains("3");
        assertThat(jdbc.queryForObject("select state from staff where id = ?", Integer.class, staffId))
                .isEqualTo(Staff.ACTIVE);

        JsonNode deleted = post("/mt/crm/org/staff/delete", admin, Map.of("id", staffId, "confirmed", true));
        assertThat(deleted.path("code").asInt()).isZero();
        assertThat(jdbc.queryForObject("select state from staff where id = ?", Integer.class, staffId))
                .isEqualTo(Staff.DELETED);
        List<String> changes = jdbc.queryForList("""
                select payload->>'change' from outbox_event
                where event_type = 'StaffChanged' and aggregate_id = ? order by occurred_at""", String.class,
                String.valueOf(staffId));
        assertThat(changes).containsExactly("added", "edited", "deleted");
        assertThat(json(login("crm", user.getUsername(), "Secret@123")).path("code").asInt()).isEqualTo(40301);
        assertThat(post("/mt/crm/org/staff/list", admin, Map.of("merchantId", 1, "id", staffId))
                .path("data").path("total").asLong()).isZero();
    }

    @Test
    void bindableUsersNeverCarryPasswordHashes() {
        JsonNode answer = post("/mt/crm/org/queryBindableUserList", as("crm", "admin", "Admin@123"),
                Map.of("keyword", "zhaomin"));
        assertThat(answer.path("code").asInt()).isZero();
        assertThat(answer.path("data").path("results").get(0).path("username").asText()).isEqualTo("zhaomin");
        assertThat(answer.toString()).doesNotContain("$2a$").doesNotContainIgnoringCase("password");
    }

    // ---------------------------------------------------------------- roles

    @Test
    void aRoleInUseOrBuiltInCannotBeDeletedAnUnusedOneCan() {
        HttpHeaders admin = as("crm", "admin", "Admin@123");
        assertThat(post("/mt/crm/org/role/delete", admin, Map.of("id", 1001)).path("code").asInt())
                .isEqualTo(IamError.ROLE_IN_USE.code());
        assertThat(post("/mt/crm/org/role/delete", admin, Map.of("id", 1)).path("code").asInt())
                .isEqualTo(IamError.ROLE_BUILT_IN.code());

        String name = "临时角色" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode saved = post("/mt/crm/org/role/save", admin, Map.of("name", name, "appcode", "crm",
                "menus", List.of(Map.of("pageMenuId", 3, "operableButtons", List.of("edit")))));
        assertThat(saved.path("code").asInt()).as(saved.toString()).isZero();
        JsonNode role = post("/mt/crm/org/role/list", admin, Map.of("name", name)).path("data").path("results")
                .get(0);
        assertThat(role.path("deletable").asBoolean()).isTrue();
        assertThat(role.path("menus").get(0).path("pageMenuId").asLong()).isEqualTo(3L);

        JsonNode buttonOfOtherMenu = post("/mt/crm/org/role/save", admin, Map.of("id", role.path("id").asLong(),
                "name", name, "appcode", "crm",
                "menus", List.of(Map.of("pageMenuId", 3, "operableButtons", List.of("recheck")))));
        assertThat(buttonOfOtherMenu.path("code").asInt()).isEqualTo(IamError.BUTTON_NOT_OF_MENU.code());

        assertThat(post("/mt/crm/org/role/delete", admin, Map.of("id", role.path("id").asLong()))
                .path("code").asInt()).isZero();
        assertThat(post("/mt/crm/org/role/list", admin, Map.of("name", name)).path("data").path("total").asLong())
                .isZero();
    }

    // ---------------------------------------------------------------- editInfo + sms codes

    @Test
    void editInfoRefusesAWrongSmsCodeAndAcceptsTheSentOne() {
        String oldMobile = randomMobile();
        UserAccount user = newUser("Secret@123", oldMobile, AppCode.SALES);
        jdbc.update("""
                insert into staff (user_id, name, mobile, merchant_id, appcode) values (?, '短信测试', ?, 1, 'sales')""",
                user.getId(), oldMobile);
        HttpHeaders me = as("sales", user.getUsername(), "Secret@123");
        String newMobile = randomMobile();

        JsonNode noCode = post("/mt/sales/login/editInfo", me, Map.of("mobile", newMobile));
        assertThat(noCode.path("code").asInt()).isEqualTo(IamError.SMS_CODE_REQUIRED.code());

        JsonNode sent = post("/mt/auth/sendSmsCode", me, Map.of("scene", "bindMobile", "mobile", newMobile));
        assertThat(sent.path("code").asInt()).as(sent.toString()).isZero();
        Map<String, Object> notice = jdbc.queryForMap("""
                select topic, payload->>'receiver' receiver, payload->>'channel' channel,
                       payload->'params'->>'code' code
                from outbox_event where event_type = 'SendNotice' and aggregate_id = ?""",
                String.valueOf(user.getId()));
        assertThat(notice).containsEntry("topic", "notify-command").containsEntry("receiver", newMobile)
                .containsEntry("channel", "sms");
        String code = (String) notice.get("code");
        assertThat(code).matches("\\d{6}");

        JsonNode again = post("/mt/auth/sendSmsCode", me, Map.of("scene", "bindMobile", "mobile", newMobile));
        assertThat(again.path("code").asInt()).isEqualTo(IamError.SMS_TOO_FREQUENT.code());

        String wrong = code.equals("000000") ? "111111" : "000000";
        JsonNode refused = post("/mt/sales/login/editInfo", me, Map.of("mobile", newMobile, "smsCode", wrong));
        assertThat(refused.path("code").asInt()).isEqualTo(IamError.SMS_CODE_INVALID.code());
        assertThat(users.findById(user.getId()).orElseThrow().getMobile()).isEqualTo(oldMobile);

        JsonNode ok = post("/mt/sales/login/editInfo", me, Map.of("mobile", newMobile, "smsCode", code,
                "email", "it@nuoer.example"));
        assertThat(ok.path("code").asInt()).as(ok.toString()).isZero();
        UserAccount changed = users.findById(user.getId()).orElseThrow();
        assertThat(changed.getMobile()).isEqualTo(newMobile);
        assertThat(changed.getEmail()).isEqualTo("it@nuoer.example");

        JsonNode reused = post("/mt/sales/login/editInfo", me, Map.of("mobile", randomMobile(), "smsCode", code));
        assertThat(reused.path("code").asInt()).isEqualTo(IamError.SMS_CODE_INVALID.code());
    }

    // ---------------------------------------------------------------- temp passwords

    @Test
    void aTemporaryPasswordWorksOnceAndOpensAnIsTempSession() {
        UserAccount customer = newUser("Secret@123", randomMobile(), AppCode.BEEBACK);
        JsonNode refusedForOperator = post("/mt/crm/sys/genTempPasswd", as("crm", "ops01", "Ops@123"),
                Map.of("userId", customer.getId()));
        assertThat(refusedForOperator.path("code").asInt()).isEqualTo(40300);

        JsonNode generated = post("/mt/crm/sys/genTempPasswd", as("crm", "admin", "Admin@123"),
                Map.of("userId", customer.getId()));
        assertThat(generated.path("code").asInt()).as(generated.toString()).isZero();
        String temp = generated.path("data").asText();
        assertThat(temp).hasSize(16);

        JsonNode first = json(login("beeback", customer.getUsername(), temp));
        assertThat(first.path("code").asInt()).as(first.toString()).isZero();
        assertThat(first.path("data").path("isTemp").asBoolean()).isTrue();
        assertThat(redis.getExpire(SessionStore.sessionKey(first.path("data").path("stoken").asText())))
                .isLessThanOrEqualTo(30 * 60L);

        JsonNode second = json(login("beeback", customer.getUsername(), temp));
        assertThat(second.path("code").asInt()).isEqualTo(40102);
        assertThat(jdbc.queryForObject("select count(*) from temp_password where used_by_user_id = ?", Long.class,
                customer.getId())).isEqualTo(1L);
        // the real password still works, as a normal session
        assertThat(json(login("beeback", customer.getUsername(), "Secret@123")).path("data").path("isTemp")
                .asBoolean()).isFalse();
    }
}
