package com.nuoer.customer.developer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.customer.developer.Fixtures.Customer;
import com.nuoer.customer.notify.NotifyService;
import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Developer accounts (flow F2) against the real database: opening, the encrypted secret, the whitelist and its
 * DeptChanged outbox event, and who may see or change which account.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DeveloperAccountIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityHeaders signer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NotifyService notify;

    private Caller beeback(Customer c) {
        return Caller.beeback(c.userId(), c.organizationId(), null, http, json, signer);
    }

    private Caller crmAdmin() {
        return Caller.crm(List.of("admin"), List.of(), http, json, signer);
    }

    private Customer customerWithProdAccount(String name, Long assistantId) {
        Customer c = Fixtures.newCustomer(jdbc, name, assistantId);
        JsonNode applied = beeback(c).post("/mt/beeback/dept/applyDeveloper", Map.of("env", "prod"));
        assertThat(applied.path("code").asInt()).as(applied.toString()).isZero();
        return c;
    }

    private Long prodDeptId(Customer c) {
        return jdbc.queryForObject("select id from dept where organization_id = ? and env = 'prod'", Long.class,
                c.organizationId());
    }

    private List<Map<String, Object>> deptChangedEvents(Long deptId) {
        return jdbc.queryForList("""
                select payload::text as payload from outbox_event
                where event_type = 'DeptChanged' and topic = 'customer-event' and aggregate_id = ? order by id""",
                String.valueOf(deptId));
    }

    @Test
    void applyingOpensAnAccountWhoseSecretIsStoredEncryptedAndShownOnlyToItsOwner(CapturedOutput output)
            throws Exception {
        Customer c = customerWithProdAccount("加密测试科技", null);

        JsonNode info = beeback(c).post("/mt/beeback/dept/developerInfo", Map.of("env", "prod"));
        assertThat(info.path("code").asInt()).isZero();
        JsonNode account = info.path("data").get(0);
        String appId = account.path("appId").asText();
        String secret = account.path("appSecret").asText();
        assertThat(appId).startsWith("nuoer_prod_");
        assertThat(secret).matches("[0-9a-f]{64}");
        assertThat(account.path("status").asInt()).isZero();
        assertThat(account.path("whiteIpList").asText()).isEqualTo("off");

        String stored = jdbc.queryForObject("select app_secret from dept where app_id = ?", String.class, appId);
        assertThat(stored).startsWith("enc:v1:").doesNotContain(secret);

        // the event carries the encrypted form only
        List<Map<String, Object>> events = deptChangedEvents(prodDeptId(c));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("payload").toString()).contains(appId).contains("enc:v1:").doesNotContain(secret);

        // the message record and lists never show it, nor does any log line
        JsonNode sent = crmAdmin().post("/mt/crm/customer/sendDeveloperInfo",
                Map.of("deptId", prodDeptId(c), "method", "sms", "receiver", "13700000000"));
        assertThat(sent.path("code").asInt()).as(sent.toString()).isZero();
        String outbox = jdbc.queryForObject("select string_agg(payload::text, ' ') from outbox_event", String.class);
        assertThat(outbox).doesNotContain(secret);

        // the notification centre delivers it (sandbox SMS) and records it masked; the command is handed over
        // directly as well as through RocketMQ (whichever comes first, bizKey makes it one message), so the test
        // does not depend on which consumer of the shared broker receives it
        String bizKeyPrefix = "developer-info:" + prodDeptId(c) + ":%";
        String command = jdbc.queryForObject("select payload::text from outbox_event "
                + "where event_type = 'SendNotice' and payload->>'bizKey' like ?", String.class, bizKeyPrefix);
        notify.send(json.readValue(command, SendNotice.class));
        String recorded = awaitRecord(bizKeyPrefix);
        assertThat(recorded).contains(appId).contains(SecretCipher.mask(secret)).doesNotContain(secret);
        String list = crmAdmin().postRaw("/mt/crm/sys/smsRecordList",
                Map.of("pageNo", 1, "pageSize", 50, "templateCode", "DEVELOPER_INFO"));
        assertThat(list).contains(appId).doesNotContain(secret);
        assertThat(output.getAll()).doesNotContain(secret);
    }

    private String awaitRecord(String bizKeyLike) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> content = jdbc.queryForList(
                    "select content from message_record where biz_key like ? and state = 1", String.class, bizKeyLike);
            if (!content.isEmpty()) {
                return content.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no message record for " + bizKeyLike);
    }

    @Test
    void aSecondAccountForTheSameEnvIsRefusedButTheOtherEnvIsOpened() {
        Customer c = customerWithProdAccount("重复申请科技", null);
        JsonNode again = beeback(c).post("/mt/beeback/dept/applyDeveloper", Map.of("env", "prod"));
        assertThat(again.path("code").asInt()).isEqualTo(40950);

        JsonNode test = crmAdmin().post("/mt/crm/customer/applyDeveloper", Map.of("userId", c.userId(), "env", "test"));
        assertThat(test.path("code").asInt()).as(test.toString()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dept where organization_id = ?", Long.class,
                c.organizationId())).isEqualTo(2);
        JsonNode bad = beeback(c).post("/mt/beeback/dept/applyDeveloper", Map.of("env", "staging"));
        assertThat(bad.path("code").asInt()).isEqualTo(40001);
    }

    @Test
    void changingTheWhitelistWritesADeptChangedEventWithTheNewWhitelistAndAHigherVersion() throws Exception {
        Customer c = customerWithProdAccount("白名单测试科技", null);
        Long deptId = prodDeptId(c);

        JsonNode saved = beeback(c).post("/mt/beeback/dept/saveWhiteIpList",
                Map.of("enable", true, "ipList", "192.168.1.10 ,10.0.0.0/24, 192.168.1.10"));
        assertThat(saved.path("code").asInt()).as(saved.toString()).isZero();
        assertThat(jdbc.queryForObject("select white_ip_list from dept where id = ?", String.class, deptId))
                .isEqualTo("192.168.1.10,10.0.0.0/24");

        List<Map<String, Object>> events = deptChangedEvents(deptId);
        assertThat(events).hasSize(2);
        JsonNode opened = json.readTree(events.get(0).get("payload").toString());
        JsonNode changed = json.readTree(events.get(1).get("payload").toString());
        assertThat(changed.path("whiteIpList").asText()).isEqualTo("192.168.1.10,10.0.0.0/24");
        assertThat(changed.path("deptId").asLong()).isEqualTo(deptId);
        assertThat(changed.path("organizationId").asLong()).isEqualTo(c.organizationId());
        assertThat(changed.path("env").asText()).isEqualTo("prod");
        assertThat(changed.path("version").asLong()).isGreaterThan(opened.path("version").asLong());

        JsonNode off = crmAdmin().post("/mt/crm/customer/saveWhiteIpList", Map.of("deptId", deptId, "enable", false));
        assertThat(off.path("code").asInt()).isZero();
        events = deptChangedEvents(deptId);
        assertThat(events).hasSize(3);
        assertThat(json.readTree(events.get(2).get("payload").toString()).path("whiteIpList").asText())
                .isEqualTo("off");
    }

    @Test
    void anInvalidWhitelistIsRefusedAndNothingIsWritten() {
        Customer c = customerWithProdAccount("非法IP科技", null);
        Long deptId = prodDeptId(c);
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("enable", true, "ipList", "300.1.1.1"),
                Map.of("enable", true, "ipList", "10.0.0.0/33"),
                Map.of("enable", true, "ipList", "off"),
                Map.of("enable", true))) {
            JsonNode refused = beeback(c).post("/mt/beeback/dept/saveWhiteIpList", body);
            assertThat(refused.path("code").asInt()).as(body.toString()).isEqualTo(40001);
        }
        assertThat(deptChangedEvents(deptId)).hasSize(1);
        assertThat(jdbc.queryForObject("select white_ip_list from dept where id = ?", String.class, deptId))
                .isEqualTo("off");
    }

    @Test
    void aCustomerSeesAndChangesOnlyItsOwnDeveloperAccount() {
        Customer a = customerWithProdAccount("甲方科技", null);
        Customer b = customerWithProdAccount("乙方科技", null);
        Long deptA = prodDeptId(a);
        String appIdA = jdbc.queryForObject("select app_id from dept where id = ?", String.class, deptA);

        // b's developerInfo shows b's account only
        String infoB = beeback(b).postRaw("/mt/beeback/dept/developerInfo", Map.of("env", "prod"));
        assertThat(infoB).doesNotContain(appIdA);

        // b with a forged session deptId pointing at a's account still changes only its own
        Caller forged = Caller.beeback(b.userId(), b.organizationId(), deptA, http, json, signer);
        JsonNode saved = forged.post("/mt/beeback/dept/saveWhiteIpList", Map.of("enable", true, "ipList", "1.2.3.4"));
        assertThat(saved.path("code").asInt()).isZero();
        assertThat(jdbc.queryForObject("select white_ip_list from dept where id = ?", String.class, deptA))
                .isEqualTo("off");
        assertThat(jdbc.queryForObject("select white_ip_list from dept where id = ?", String.class, prodDeptId(b)))
                .isEqualTo("1.2.3.4");
    }

    @Test
    void aSalesmanReachesOnlyAccountsOfHisOwnCustomers() {
        Customer mine = customerWithProdAccount("销售自有客户", 2L);
        Customer other = customerWithProdAccount("他人客户", 999L);
        Caller sales01 = Caller.sales(2L, false, http, json, signer);

        JsonNode ok = sales01.post("/mt/sales/customer/saveWhiteIpList",
                Map.of("deptId", prodDeptId(mine), "enable", true, "ipList", "203.0.113.10"));
        assertThat(ok.path("code").asInt()).as(ok.toString()).isZero();

        JsonNode refused = sales01.post("/mt/sales/customer/saveWhiteIpList",
                Map.of("deptId", prodDeptId(other), "enable", true, "ipList", "203.0.113.10"));
        assertThat(refused.path("code").asInt()).isEqualTo(40400);
        JsonNode notSent = sales01.post("/mt/sales/customer/sendDeveloperInfo",
                Map.of("deptId", prodDeptId(other), "method", "sms", "receiver", "13700000000"));
        assertThat(notSent.path("code").asInt()).isEqualTo(40400);
        assertThat(jdbc.queryForObject("select white_ip_list from dept where id = ?", String.class, prodDeptId(other)))
                .isEqualTo("off");

        // an app manager sees every customer
        JsonNode manager = Caller.sales(5L, true, http, json, signer).post("/mt/sales/customer/saveWhiteIpList",
                Map.of("deptId", prodDeptId(other), "enable", false));
        assertThat(manager.path("code").asInt()).isZero();
    }

    @Test
    void anOperatorWithoutTheCustomerMenuIsRefused() {
        Customer c = customerWithProdAccount("无权限测试", null);
        Caller noMenu = Caller.crm(List.of("finance"), List.of(MenuCodes.CRM_BILL), http, json, signer);
        JsonNode refused = noMenu.post("/mt/crm/customer/saveWhiteIpList",
                Map.of("deptId", prodDeptId(c), "enable", false));
        assertThat(refused.path("code").asInt()).isEqualTo(40300);
        JsonNode allowed = Caller.crm(List.of("ops"), List.of(MenuCodes.CRM_CUSTOMER), http, json, signer)
                .post("/mt/crm/customer/saveWhiteIpList", Map.of("deptId", prodDeptId(c), "enable", false));
        assertThat(allowed.path("code").asInt()).isZero();
    }
}
