package com.nuoer.customer.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.testsupport.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flow F1 end to end on the real engines: a salesman's application is rejected, resubmitted under the same applyNo
 * and passed; the customer then exists once (one CustomerRegistered in the outbox), is visible to ops and to its
 * salesman only, and logs in to beeback with the generated password sent in the account notice.
 */
@IntegrationTest
class RegistrationFlowIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    IdentityHeaders identityHeaders;
    @Autowired
    JdbcTemplate jdbc;

    OrgApi api;
    HttpHeaders crm;
    HttpHeaders sales01;
    HttpHeaders sales02;

    @BeforeEach
    void sessions() {
        api = new OrgApi(http, redis, objectMapper, identityHeaders);
        crm = api.as("crm", "admin", "Admin@123");
        sales01 = api.as("sales", "sales01", "Sales@123");
        sales02 = api.as("sales", "sales02", "Sales@123");
    }

    static String randomMobile() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String randomEnterpriseNo() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder("91330106");
        for (int i = 0; i < 10; i++) {
            s.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        return s.toString();
    }

    @Test
    void applyRejectResubmitPassCreatesOneCustomerThatCanLogIn() {
        String mobile = randomMobile();
        String name = "流程测试科技有限公司" + mobile.substring(7);
        Map<String, Object> form = OrgApi.form(name, randomEnterpriseNo(), mobile);
        form.put("applyRemark", "首次提交");

        // 1. the salesman applies: pending, his own
        JsonNode first = api.ok(api.post("/mt/sales/customer/register", form, sales01));
        String applyNo = first.path("applyNo").asText();
        assertThat(applyNo).startsWith("RA");
        assertThat(first.path("auditState").asInt()).isZero();
        assertThat(first.path("salesmanId").asLong()).isEqualTo(2L);
        assertThat(first.path("submitInfo").path("assistantId").asLong()).isEqualTo(2L);

        // 2. ops reject: a reason is required
        Map<String, Object> reject = new HashMap<>(Map.of("applyNo", applyNo, "auditType", "reject"));
        assertThat(api.post("/mt/crm/customer/registerAudit", reject, crm).path("code").asInt()).isEqualTo(40001);
        reject.put("auditRemark", "营业执照不清晰");
        api.ok(api.post("/mt/crm/customer/registerAudit", reject, crm));
        JsonNode rejected = api.ok(api.post("/mt/crm/customer/applyDetail", Map.of("applyNo", applyNo), crm));
        assertThat(rejected.path("auditState").asInt()).isEqualTo(-10);
        assertThat(rejected.path("auditRemark").asText()).isEqualTo("营业执照不清晰");
        // a rejected application cannot pass before it is resubmitted
        Map<String, Object> pass = Map.of("applyNo", applyNo, "auditType", "pass", "gradeCode", "A",
                "royaltyRate", 0.08, "auditRemark", "资料齐全");
        assertThat(api.post("/mt/crm/customer/registerAudit", pass, crm).path("code").asInt()).isEqualTo(40911);

        // 3. the salesman resubmits: same applyNo, new row, the old one outdated
        form.put("applyId", first.path("id").asLong());
        form.put("applyRemark", "已重新上传营业执照");
        JsonNode second = api.ok(api.post("/mt/sales/customer/register", form, sales01));
        assertThat(second.path("applyNo").asText()).isEqualTo(applyNo);
        assertThat(second.path("id").asLong()).isNotEqualTo(first.path("id").asLong());
        assertThat(second.path("auditState").asInt()).isZero();
        JsonNode old = api.ok(api.post("/mt/sales/customer/applyDetail", Map.of("applyId", first.path("id").asLong()),
                sales01));
        assertThat(old.path("isOut").asBoolean()).isTrue();
        assertThat(old.path("auditState").asInt()).isEqualTo(-10);
        // the outdated row cannot be resubmitted again
        assertThat(api.post("/mt/sales/customer/register", form, sales01).path("code").asInt()).isEqualTo(40911);

        // 4. ops pass; a repeated pass changes nothing
        api.ok(api.post("/mt/crm/customer/registerAudit", pass, crm));
        api.ok(api.post("/mt/crm/customer/registerAudit", pass, crm));
        JsonNode passed = api.ok(api.post("/mt/crm/customer/applyDetail", Map.of("applyNo", applyNo), crm));
        assertThat(passed.path("auditState").asInt()).isEqualTo(10);
        long orgId = passed.path("customerId").asLong();
        assertThat(orgId).isPositive();

        // 5. visible in the crm list and in the salesman's list, not in another salesman's
        JsonNode crmList = api.ok(api.post("/mt/crm/customer/list", Map.of("keyword", name), crm));
        assertThat(crmList.path("total").asLong()).isEqualTo(1);
        JsonNode row = crmList.path("results").get(0);
        assertThat(row.path("organizationId").asLong()).isEqualTo(orgId);
        assertThat(row.path("state").asInt()).isEqualTo(10);
        assertThat(row.path("assistantId").asLong()).isEqualTo(2L);
        assertThat(row.path("gradeCode").asText()).isEqualTo("A");
        assertThat(row.path("authRecord").path("state").asInt()).isEqualTo(10);
        assertThat(row.path("enabledApps").get(0).path("appcode").asText()).isEqualTo("beeback");
        JsonNode mine = api.ok(api.post("/mt/sales/customer/list", Map.of("keyword", name), sales01));
        assertThat(mine.path("total").asLong()).isEqualTo(1);
        JsonNode others = api.ok(api.post("/mt/sales/customer/list", Map.of("keyword", name), sales02));
        assertThat(others.path("total").asLong()).isZero();
        assertThat(api.get("/mt/sales/customer/detail/" + orgId, sales02).path("code").asInt()).isEqualTo(40400);

        // 6. exactly one CustomerRegistered, carrying what wallet and sales need
        List<Map<String, Object>> registered = jdbc.queryForList(
                "select payload::text as payload from outbox_event where event_type = 'CustomerRegistered'"
                        + " and aggregate_id = ?", String.valueOf(orgId));
        assertThat(registered).hasSize(1);
        JsonNode payload = read((String) registered.get(0).get("payload"));
        assertThat(payload.path("assistantId").asLong()).isEqualTo(2L);
        assertThat(payload.path("gradeCode").asText()).isEqualTo("A");
        assertThat(payload.path("isMonthlySettle").asBoolean()).isTrue();
        assertThat(payload.path("applyNo").asText()).isEqualTo(applyNo);
        assertThat(jdbc.queryForObject("select count(*) from organization where enterprise_no = ?", Integer.class,
                form.get("enterpriseNo"))).isEqualTo(1);

        // 7. the new customer logs in to beeback with the generated password of the account notice
        String notice = jdbc.queryForObject("select payload::text from outbox_event where event_type = 'SendNotice'"
                + " and aggregate_id = ?", String.class, String.valueOf(orgId));
        JsonNode params = read(notice).path("params");
        String username = params.path("username").asText();
        String password = params.path("password").asText();
        assertThat(username).isEqualTo(mobile);
        assertThat(password).hasSize(12);
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
                username);
        assertThat(hash).startsWith("$2a$").doesNotContain(password);
        JsonNode session = read(api.sessionJson("beeback", username, password));
        assertThat(session.path("enterpriseId").asLong()).isEqualTo(orgId);
        assertThat(session.path("authType").asInt()).isEqualTo(20);
    }

    @Test
    void duplicateMobileNeedsConfirmation() {
        Map<String, Object> form = OrgApi.form("重复手机号测试有限公司", randomEnterpriseNo(), "13957100211");
        JsonNode refused = api.post("/mt/crm/customer/register", form, crm);
        assertThat(refused.path("code").asInt()).isEqualTo(40910);
        assertThat(refused.path("_status").asInt()).isEqualTo(409);
        assertThat(refused.path("msg").asText()).contains("杭州星宇数据服务有限公司").contains("confirmRepeat");
        assertThat(jdbc.queryForObject("select count(*) from organization where organization_name = ?",
                Integer.class, "重复手机号测试有限公司")).isZero();

        form.put("confirmRepeat", true);
        JsonNode created = api.ok(api.post("/mt/crm/customer/register", form, crm));
        assertThat(created.path("organizationName").asText()).isEqualTo("重复手机号测试有限公司");
        assertThat(created.path("mobile").asText()).isEqualTo("13957100211");
        assertThat(created.path("state").asInt()).isEqualTo(10);
        assertThat(created.path("overdraftType").asText()).isEqualTo("UNACTIVATED");
    }

    @Test
    void syncRegisterIsRefusedForOtherSessionsAndUpsertsForThePeer() {
        String enterpriseNo = randomEnterpriseNo();
        Map<String, Object> form = OrgApi.form("同步注册测试有限公司", enterpriseNo, randomMobile());

        HttpHeaders ops = api.as("crm", "ops01", "Ops@123");
        JsonNode user = api.post("/mt/crm/customer/syncRegister", form, ops);
        assertThat(user.path("code").asInt()).isEqualTo(40300);
        assertThat(user.path("_status").asInt()).isEqualTo(403);
        assertThat(api.post("/internal/customer/syncRegister", form, ops).path("code").asInt()).isEqualTo(40300);
        assertThat(jdbc.queryForObject("select count(*) from organization where enterprise_no = ?", Integer.class,
                enterpriseNo)).isZero();
        // issue 15: the caller is checked before the body — an invalid body is still a 403 for ops01, a 400 for the peer
        JsonNode invalid = api.post("/mt/crm/customer/syncRegister", new java.util.HashMap<>(), ops);
        assertThat(invalid.path("_status").asInt()).isEqualTo(403);
        assertThat(invalid.path("code").asInt()).isEqualTo(40300);
        assertThat(api.post("/mt/crm/customer/syncRegister", new java.util.HashMap<>(), crm).path("code").asInt())
                .isEqualTo(40001);

        HttpHeaders service = api.asService("svc-customer-peer");
        long id = api.ok(api.post("/internal/customer/syncRegister", form, service)).path("organizationId").asLong();
        form.put("linkman", "同步后的联系人");
        // the peer's integration account (crm:sync; admin holds every menu) on the seed path: the same upsert
        JsonNode again = api.ok(api.post("/mt/crm/customer/syncRegister", form, crm));
        assertThat(again.path("organizationId").asLong()).isEqualTo(id);
        assertThat(again.path("linkman").asText()).isEqualTo("同步后的联系人");
        assertThat(jdbc.queryForObject("select count(*) from organization where enterprise_no = ?", Integer.class,
                enterpriseNo)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'CustomerRegistered'"
                + " and aggregate_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    private JsonNode read(String s) {
        try {
            return objectMapper.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(s, e);
        }
    }
}
