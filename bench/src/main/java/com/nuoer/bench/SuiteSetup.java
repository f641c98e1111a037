package com.nuoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;

/**
 * P1's preparation through the suite's own endpoints (crm admin, through the gateway): demo wallet 1 (merchant 100001)
 * topped up to --balance so the wallet guard never blocks a measured call, IP whitelist of demo dept 1 switched off.
 */
public final class SuiteSetup {

    private SuiteSetup() {
    }

    public static int p1(Args a) throws Exception {
        Http http = new Http(a.require("gateway")).login("crm", a.get("user", "admin"), a.get("password", "Admin@123"));
        BigDecimal target = new BigDecimal(a.get("balance", "2000000"));
        BigDecimal balance;
        try (Connection c = Db.connect(a.getInt("pg-port", 15432), "nuoer_wallet")) {
            balance = new BigDecimal(Db.scalarString(c, "select balance from wallet where id = 1"));
        }
        BigDecimal missing = target.subtract(balance);
        if (missing.signum() > 0) {
            JsonNode r = http.ok("/mt/crm/customer/wallet/recharge", Http.json().createObjectNode()
                    .put("merchantId", 100001).put("walletId", 1).put("rechargeAmount", missing.setScale(2,
                            java.math.RoundingMode.UP)).put("sendSms", false).put("confirmed", true));
            System.out.printf("P1 setup: wallet 1 recharged by %s (balance was %s): %s%n", missing, balance,
                    r.path("code").asText());
        } else {
            System.out.printf("P1 setup: wallet 1 balance %s ≥ %s, no recharge%n", balance, target);
        }
        http.ok("/mt/crm/customer/saveWhiteIpList", Http.json().createObjectNode().put("deptId", 1).put("enable", false));
        System.out.println("P1 setup: IP whitelist of dept 1 off");
        return 0;
    }
}
