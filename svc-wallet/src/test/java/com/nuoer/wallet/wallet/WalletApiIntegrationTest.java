package com.nuoer.wallet.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.wallet.support.WalletIT;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The endpoints: scoping, the two-step recharge, merge, flows. */
class WalletApiIntegrationTest extends WalletIT {

    @Test
    void beebackSeesOnlyItsOwnOrganisationsWallets() {
        long mine = newId();
        long other = newId();
        long myWallet = newWallet(mine, 0, "0", null);
        long otherWallet = newWallet(other, 0, "0", null);

        JsonNode list = beeback(mine).post("/mt/beeback/wallet/wallet/list", Map.of());
        assertThat(list.get("code").asInt()).isZero();
        assertThat(list.get("data")).hasSize(1);
        assertThat(list.get("data").get(0).get("id").asLong()).isEqualTo(myWallet);

        assertThat(beeback(mine).post("/mt/beeback/wallet/wallet/flowList", Map.of("assignWalletId", otherWallet))
                .get("code").asInt()).isEqualTo(40400);
        assertThat(beeback(mine).post("/mt/beeback/wallet/queryWallet", Map.of("walletId", otherWallet))
                .get("code").asInt()).isEqualTo(40400);
        JsonNode config = beeback(mine).post("/mt/beeback/wallet/configWallet",
                Map.of("walletId", otherWallet, "forewarnThreshold", 10, "forewarnContactList", java.util.List.of()));
        assertThat(config.get("code").asInt()).isEqualTo(40400);
        assertThat(config.has("data")).isFalse();
        assertThat(beeback(mine).post("/mt/beeback/wallet/applyRecharge",
                Map.of("walletId", otherWallet, "rechargeAmount", 10)).get("code").asInt()).isEqualTo(40400);
    }

    @Test
    void crmRechargeAnswersAPreviewFirstAndCreditsOncePerRequestId() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        JsonNode preview = crm().post("/mt/crm/customer/wallet/recharge",
                Map.of("merchantId", org, "walletId", walletId, "rechargeAmount", 300, "confirmed", false));
        assertThat(preview.get("code").asInt()).isEqualTo(40910);
        assertThat(preview.get("data").get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(preview.get("data").get("afterBalance").decimalValue()).isEqualByComparingTo("300");
        assertThat(balance(walletId)).isEqualByComparingTo("0");
        String requestId = preview.get("data").get("requestId").asText();

        Map<String, Object> confirm = Map.of("merchantId", org, "walletId", walletId, "rechargeAmount", 300,
                "confirmed", true, "requestId", requestId);
        assertThat(crm().post("/mt/crm/customer/wallet/recharge", confirm).get("code").asInt()).isZero();
        JsonNode again = crm().post("/mt/crm/customer/wallet/recharge", confirm);   // double click
        assertThat(again.get("code").asInt()).isZero();
        assertThat(balance(walletId)).isEqualByComparingTo("300");
        assertThat(sumOfFlows(walletId)).isEqualByComparingTo("300");

        assertThat(crm().post("/mt/crm/customer/wallet/recharge", Map.of("merchantId", org + 1, "walletId", walletId,
                "rechargeAmount", 1, "confirmed", true)).get("code").asInt()).isEqualTo(40400);
    }

    @Test
    void crmEndpointsNeedTheWalletMenu() {
        JsonNode answer = Caller403.post(this);
        assertThat(answer.get("code").asInt()).isEqualTo(40300);
    }

    @Test
    void mergeMovesTheBalanceByTransferFlowsAndClosesTheSourceOnce() {
        long org = newId();
        long target = newWallet(org, 0, "0", null);
        JsonNode added = crm().post("/mt/crm/customer/wallet/add", Map.of("merchantId", org, "appcode", "app_x"));
        assertThat(added.get("code").asInt()).isZero();
        long source = added.get("data").get("walletId").asLong();
        crm().post("/mt/crm/customer/wallet/recharge", Map.of("merchantId", org, "walletId", source,
                "rechargeAmount", 120.5, "confirmed", true));
        crm().post("/mt/crm/customer/wallet/recharge", Map.of("merchantId", org, "walletId", target,
                "rechargeAmount", 10, "confirmed", true));

        Map<String, Object> merge = Map.of("merchantId", org, "fromWalletId", source, "toWalletId", target);
        JsonNode first = crm().post("/mt/crm/customer/wallet/merge", merge);
        assertThat(first.get("code").asInt()).isZero();
        JsonNode second = crm().post("/mt/crm/customer/wallet/merge", merge);
        assertThat(second.get("code").asInt()).isZero();

        assertThat(balance(source)).isEqualByComparingTo("0");
        assertThat(balance(target)).isEqualByComparingTo("130.50");
        assertThat(sumOfFlows(source)).isEqualByComparingTo("0");
        assertThat(sumOfFlows(target)).isEqualByComparingTo("130.50");
        assertThat(jdbc.queryForObject("select state from wallet where id = ?", Integer.class, source)).isEqualTo(-1);
        assertThat(jdbc.queryForObject("select count(*) from wallet_flow where biz_type = 'transfer' and wallet_id in (?, ?)",
                Long.class, source, target)).isEqualTo(2L);
        // a closed wallet refuses money; the default wallet can't be merged away
        assertThat(crm().post("/mt/crm/customer/wallet/recharge", Map.of("merchantId", org, "walletId", source,
                "rechargeAmount", 1, "confirmed", true)).get("code").asInt()).isEqualTo(40911);
        long third = crm().post("/mt/crm/customer/wallet/add", Map.of("merchantId", org, "appcode", ""))
                .get("data").get("walletId").asLong();
        assertThat(crm().post("/mt/crm/customer/wallet/merge", Map.of("merchantId", org, "fromWalletId", target,
                "toWalletId", third)).get("code").asInt()).isEqualTo(40914);
    }

    @Test
    void salesSeesOnlyHisOwnCustomersWallets() {
        long org = newId();
        newWallet(org, 0, "0", null);   // customer_view assistant 2
        assertThat(sales(2).post("/mt/sales/customer/wallet/list", Map.of("merchantId", org)).get("data")).hasSize(1);
        assertThat(sales(202).post("/mt/sales/customer/wallet/list", Map.of("merchantId", org)).get("code").asInt())
                .isEqualTo(40400);
    }

    @Test
    void flowListFiltersByTypeAndAcceptsTheBizPayAlias() {
        long org = newId();
        long walletId = newWallet(org, 10, "1000", null);
        crm().post("/mt/crm/customer/wallet/recharge", Map.of("merchantId", org, "walletId", walletId,
                "rechargeAmount", 10, "confirmed", true));
        JsonNode page = beeback(org).post("/mt/beeback/wallet/wallet/flowList",
                Map.of("assignWalletId", walletId, "bizTypeList", java.util.List.of("recharge"), "flowType", "in"));
        assertThat(page.get("data").get("total").asLong()).isEqualTo(1);
        assertThat(page.get("data").get("results").get(0).get("afterBalance").decimalValue())
                .isEqualByComparingTo(new BigDecimal("10"));
        assertThat(beeback(org).post("/mt/beeback/wallet/wallet/flowList",
                Map.of("assignWalletId", walletId, "bizTypeList", java.util.List.of("bizPay"))).get("data")
                .get("total").asLong()).isZero();
    }

    /** A crm caller without the wallet menu. */
    static final class Caller403 {
        static JsonNode post(WalletApiIntegrationTest t) {
            return t.crmWithoutMenu().post("/mt/crm/customer/wallet/list", Map.of("merchantId", 100001));
        }
    }

    com.nuoer.wallet.support.Caller crmWithoutMenu() {
        return crmWith(java.util.List.of("crm:customer"));
    }
}
