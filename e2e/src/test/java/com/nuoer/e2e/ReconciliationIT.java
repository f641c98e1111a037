package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: the platform reconciliation as a product feature, end to end. On the demo data it finds nothing; after
 * open-API calls (charge lines → batches → ApiCallCharged → wallet pay flows) and an ops recharge it finds nothing
 * once the money in flight has settled; a wallet balance corrupted by 0.01 directly in svc-wallet's database is
 * reported as exactly that one difference and an ops alert (SendNotice) is queued; restored, the next run is clean.
 */
@ExtendWith(SuiteExtension.class)
class ReconciliationIT {

    private static final long UNTOUCHED_WALLET = 201; // 杭州星宇数据服务有限公司: no call or recharge of this test

    private static Gateway gateway;
    private static Suite suite;

    @BeforeAll
    static void connect(Suite s) {
        suite = s;
        gateway = new Gateway(s);
    }

    @Test
    void differencesAreFoundExactlyAndOpsAreAlerted() throws Exception {
        String crm = gateway.login("crm");
        // the demo data reconcile
        Reconciliation.assertClean(gateway, crm);

        // calls of the demo customer's open product and an ops recharge of its default wallet
        String customer = gateway.login("beeback");
        Gateway.Answer developer = gateway.post("/mt/beeback/dept/developerInfo", customer, Map.of("env", "prod"));
        assertThat(developer.code()).as(developer.body().toString()).isZero();
        JsonNode account = developer.data().get(0);
        int charged = 0;
        for (int i = 0; i < 3; i++) {
            Gateway.Answer call = openCall(account.path("appId").asText(), account.path("appSecret").asText(),
                    "MOBILE3_CHECK");
            assertThat(call.code()).as(call.body().toString()).isZero();
            charged += call.data().path("isFee").asInt();
        }
        assertThat(charged).as("charged calls").isPositive();
        Gateway.Answer preview = gateway.post("/mt/crm/customer/wallet/recharge", crm,
                Map.of("merchantId", 100001, "walletId", 1, "rechargeAmount", new BigDecimal("12.34")));
        String requestId = preview.data().path("requestId").asText();
        Gateway.Answer recharged = gateway.post("/mt/crm/customer/wallet/recharge", crm, Map.of("merchantId", 100001,
                "walletId", 1, "rechargeAmount", new BigDecimal("12.34"), "confirmed", true, "requestId", requestId));
        assertThat(recharged.code()).as(recharged.body().toString()).isZero();
        JsonNode afterTraffic = Reconciliation.assertClean(gateway, crm);
        assertThat(check(afterTraffic, "CHARGE_WALLET").path("checked").asInt()).as("the new batches were compared")
                .isPositive();
        assertThat(check(afterTraffic, "MESSAGING").path("checked").asInt()).as("the relayed events were compared")
                .isPositive();

        // one fact corrupted directly in a database: exactly that difference, and an alert to ops
        try (Connection wallet = DriverManager.getConnection(suite.jdbcUrl("nuoer_wallet"), "postgres", "")) {
            update(wallet, "update wallet set balance = balance + 0.01 where id = ?", UNTOUCHED_WALLET);
            try {
                JsonNode run = Reconciliation.run(gateway, crm);
                assertThat(run.path("state").asText()).isEqualTo("differences");
                assertThat(run.path("differenceCount").asInt()).as(run.path("differences").toString()).isEqualTo(1);
                JsonNode difference = run.path("differences").get(0);
                assertThat(difference.path("check").asText()).isEqualTo("WALLET_BALANCE");
                assertThat(difference.path("subject").asText()).isEqualTo("wallet " + UNTOUCHED_WALLET);
                assertThat(difference.path("expected").asText()).isEqualTo("8800.00");
                assertThat(difference.path("actual").asText()).isEqualTo("8800.01");
                long runId = run.path("runId").asLong();
                try (Connection billing = DriverManager.getConnection(suite.jdbcUrl("nuoer_billing"), "postgres", "")) {
                    assertThat(count(billing, "select count(*) from outbox_event where event_type = 'SendNotice' "
                            + "and payload ->> 'bizKey' = ?", "reconciliation:" + runId)).as("ops alert queued")
                            .isEqualTo(1);
                }
                Gateway.Answer stored = gateway.get("/mt/crm/reconciliation/" + runId, crm);
                assertThat(stored.code()).isZero();
                assertThat(stored.data().path("differences")).hasSize(1);
                Gateway.Answer list = gateway.post("/mt/crm/reconciliation/list", crm,
                        Map.of("pageNo", 1, "pageSize", 5, "state", "differences"));
                assertThat(list.code()).as(list.body().toString()).isZero();
                assertThat(list.data().path("results").get(0).path("runId").asLong()).isEqualTo(runId);
            } finally {
                update(wallet, "update wallet set balance = balance - 0.01 where id = ?", UNTOUCHED_WALLET);
            }
        }
        Reconciliation.assertClean(gateway, crm);

        // the ops endpoints are guarded by the menu: the customer's token is refused
        assertThat(gateway.post("/mt/crm/reconciliation/run", customer, Map.of()).code()).isNotZero();
    }

    private static JsonNode check(JsonNode run, String code) {
        for (JsonNode c : run.path("checks")) {
            if (code.equals(c.path("code").asText())) {
                return c;
            }
        }
        throw new AssertionError("no check " + code + " in " + run.path("checks"));
    }

    private static void update(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static long count(Connection c, String sql, String arg) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A signed open-API call (svc-apicall OpenApiController; as ContractToCallFlowIT's OpenApi). */
    private static Gateway.Answer openCall(String appId, String appSecret, String product) throws Exception {
        String path = "/open/v1/" + product;
        String body = "{\"name\":\"张三\",\"idCard\":\"110101199001011234\",\"mobile\":\"13800000000\"}";
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(
                ("POST\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        return gateway.postRaw(path, null, body, Map.of("X-App-Id", appId, "X-Timestamp", timestamp,
                "X-Nonce", nonce, "X-Signature", signature));
    }
}
