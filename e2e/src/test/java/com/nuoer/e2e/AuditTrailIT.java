package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 through the gateway: the admin changes a developer account's IP whitelist (svc-customer), an authorised
 * product's free count (svc-customer, price terms) and recharges a wallet (svc-wallet) → each change reaches the
 * audit log (AuditRecorded through each service's outbox and topic, stored by svc-customer) and ops read it at
 * {@code /mt/crm/audit/list} with before/after and the operator. ops01 (no crm:audit menu) gets 403, a beeback or
 * sales token is refused at the gateway. The demo data is put back as it was.
 */
@ExtendWith(SuiteExtension.class)
class AuditTrailIT {

    private static final long DEPT = 202;          // 上海云帆 (whitelist off in the demo data)
    private static final long DEPT_ITEM = 10;      // dept 201, ENT_BASIC, freeCount 0
    private static final long WALLET = 3;          // org 1's old account (merchant 100001)

    @Test
    void changesToWhitelistsPricesAndMoneyAreAuditedAndOnlyOpsWithTheMenuReadThem(Suite suite) throws Exception {
        Gateway gateway = new Gateway(suite);
        String admin = gateway.login("crm");
        String marker = "203.0.113." + (1 + (int) (Math.random() * 250));

        try {
            Gateway.Answer white = gateway.post("/mt/crm/customer/saveWhiteIpList", admin,
                    Map.of("deptId", DEPT, "enable", true, "ipList", marker));
            assertThat(white.code()).as(white.body().toString()).isZero();
            Gateway.Answer free = gateway.post("/mt/crm/customer/deptItem/editFreeCount", admin,
                    Map.of("itemList", List.of(Map.of("deptItemId", DEPT_ITEM, "freeCount", 7))));
            assertThat(free.code()).as(free.body().toString()).isZero();
            String requestId = "audit" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            Gateway.Answer recharge = gateway.post("/mt/crm/customer/wallet/recharge", admin, Map.of(
                    "merchantId", 100001, "walletId", WALLET, "rechargeAmount", 0.01, "confirmed", true,
                    "requestId", requestId));
            assertThat(recharge.code()).as(recharge.body().toString()).isZero();

            JsonNode whitelist = latest(gateway, admin, "dept.whiteIpList", "dept", DEPT,
                    e -> marker.equals(e.path("after").path("whiteIpList").asText()));
            assertThat(whitelist.path("before").path("whiteIpList").asText()).isNotEqualTo(marker);
            assertThat(whitelist.path("operatorName").asText()).isEqualTo("admin");
            assertThat(whitelist.path("operatorApp").asText()).isEqualTo("crm");
            assertThat(whitelist.path("service").asText()).isEqualTo("svc-customer");
            assertThat(whitelist.path("clientIp").asText()).isNotBlank();

            JsonNode price = latest(gateway, admin, "deptItem.freeCount", "deptItem", DEPT_ITEM,
                    e -> e.path("after").path("freeCount").asInt() == 7);
            assertThat(price.path("before").path("freeCount").asInt()).isNotEqualTo(7);
            assertThat(price.path("after").path("fee").isNumber()).isTrue();
            assertThat(price.path("operatorName").asText()).isEqualTo("admin");

            JsonNode money = latest(gateway, admin, "wallet.recharge", "wallet", WALLET,
                    e -> e.path("after").path("businessNo").asText().endsWith(requestId));
            assertThat(money.path("service").asText()).isEqualTo("svc-wallet");
            assertThat(money.path("after").path("balance").decimalValue()
                    .subtract(money.path("before").path("balance").decimalValue())).isEqualByComparingTo("0.01");
            assertThat(money.path("operatorName").asText()).isEqualTo("admin");
            Gateway.Answer one = gateway.get("/mt/crm/audit/" + money.path("id").asLong(), admin);
            assertThat(one.code()).isZero();
            assertThat(one.data().path("auditId").asText()).isEqualTo(money.path("auditId").asText());

            // who may read it
            Gateway.Answer opsLogin = gateway.post("/mt/auth/login", null,
                    Map.of("appcode", "crm", "username", "ops01", "password", "Ops@123"));
            assertThat(opsLogin.code()).as(opsLogin.body().toString()).isZero();
            Gateway.Answer ops01 = gateway.post("/mt/crm/audit/list", opsLogin.data().path("stoken").asText(),
                    Map.of());
            assertThat(ops01.status()).isEqualTo(403);
            assertThat(ops01.code()).isEqualTo(40300);
            Gateway.Answer beeback = gateway.post("/mt/crm/audit/list", gateway.login("beeback"), Map.of());
            assertThat(beeback.status()).isIn(403, 404);
            assertThat(beeback.code()).isNotZero();
            Gateway.Answer sales = gateway.post("/mt/crm/audit/list", gateway.login("sales"), Map.of());
            assertThat(sales.status()).isIn(403, 404);
            assertThat(sales.code()).isNotZero();
        } finally {
            gateway.post("/mt/crm/customer/saveWhiteIpList", admin, Map.of("deptId", DEPT, "enable", false));
            gateway.post("/mt/crm/customer/deptItem/editFreeCount", admin,
                    Map.of("itemList", List.of(Map.of("deptItemId", DEPT_ITEM, "freeCount", 0))));
        }
    }

    /** The newest entry of the action on the target that satisfies {@code match}, once the consumer stored it. */
    private static JsonNode latest(Gateway gateway, String token, String action, String targetType, long targetId,
                                   Predicate<JsonNode> match) throws Exception {
        return eventually(action + " audited", () -> {
            Gateway.Answer page = gateway.post("/mt/crm/audit/list", token, Map.of("action", action,
                    "targetType", targetType, "targetId", String.valueOf(targetId), "pageSize", 20));
            assertThat(page.code()).as(page.body().toString()).isZero();
            for (JsonNode e : page.data().path("results")) {
                if (match.test(e)) {
                    return e;
                }
            }
            return null;
        });
    }

    /** Polls (≤ 60 s: outbox relay, RocketMQ, the audit consumer) until the probe answers. */
    private static <T> T eventually(String what, Callable<T> probe) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            assertThat(System.currentTimeMillis()).as(what).isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}
