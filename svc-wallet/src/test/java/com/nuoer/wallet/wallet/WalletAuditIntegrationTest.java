package com.nuoer.wallet.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.wallet.support.WalletIT;
import com.nuoer.wallet.wallet.WalletDtos.CrmRechargeRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15: money changes write their AuditRecorded entry (wallet-event, through the outbox) in the transaction of
 * the change — once per change however often it is confirmed, and not at all when the change rolls back.
 */
class WalletAuditIntegrationTest extends WalletIT {

    @Autowired
    WalletService wallets;
    @Autowired
    TransactionTemplate tx;

    private List<JsonNode> audits(long walletId) {
        return jdbc.queryForList("""
                select payload::text from outbox_event
                where event_type = 'AuditRecorded' and topic = 'wallet-event' and aggregate_id = ? order by id""",
                String.class, String.valueOf(walletId)).stream().map(this::read).toList();
    }

    private JsonNode read(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aManualRechargeIsAuditedOnceWithBalanceBeforeAndAfterAndTheOperator() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        JsonNode preview = crm().post("/mt/crm/customer/wallet/recharge",
                Map.of("merchantId", org, "walletId", walletId, "rechargeAmount", 300, "confirmed", false));
        assertThat(preview.get("code").asInt()).isEqualTo(40910);
        assertThat(audits(walletId)).as("a preview changes nothing").isEmpty();

        Map<String, Object> confirm = Map.of("merchantId", org, "walletId", walletId, "rechargeAmount", 300,
                "confirmed", true, "requestId", preview.get("data").get("requestId").asText());
        assertThat(crm().post("/mt/crm/customer/wallet/recharge", confirm).get("code").asInt()).isZero();
        assertThat(crm().post("/mt/crm/customer/wallet/recharge", confirm).get("code").asInt()).isZero();

        List<JsonNode> entries = audits(walletId);
        assertThat(entries).hasSize(1);
        JsonNode e = entries.get(0);
        assertThat(e.path("action").asText()).isEqualTo("wallet.recharge");
        assertThat(e.path("service").asText()).isEqualTo("svc-wallet");
        assertThat(e.path("targetType").asText()).isEqualTo("wallet");
        assertThat(e.path("before").path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(e.path("after").path("balance").decimalValue()).isEqualByComparingTo("300");
        assertThat(e.path("after").path("amount").decimalValue()).isEqualByComparingTo("300");
        assertThat(e.path("operatorId").asLong()).isEqualTo(1L);
        assertThat(e.path("operatorApp").asText()).isEqualTo("crm");
    }

    @Test
    void aRechargeThatRollsBackLeavesNoAuditEntry() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        SessionInfo caller = SessionInfo.service("it");
        tx.executeWithoutResult(status -> {
            wallets.manualRecharge(walletId, new CrmRechargeRequest(org, walletId, new BigDecimal("50"), false,
                    true, null), caller);
            assertThat(audits(walletId)).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(audits(walletId)).isEmpty();
        assertThat(jdbc.queryForObject("select balance from wallet where id = ?", BigDecimal.class, walletId))
                .isEqualByComparingTo("0");
    }

    @Test
    void anOverdraftChangeIsAuditedWithItsSettings() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        JsonNode edited = crm().post("/mt/crm/customer/wallet/edit", Map.of("merchantId", org, "walletId", walletId,
                "overdraftState", 10, "overdraftQuota", 500));
        assertThat(edited.get("code").asInt()).as(edited.toString()).isZero();
        JsonNode e = audits(walletId).get(0);
        assertThat(e.path("action").asText()).isEqualTo("wallet.overdraft");
        assertThat(e.path("before").path("overdraftState").asInt()).isZero();
        assertThat(e.path("after").path("overdraftState").asInt()).isEqualTo(10);
        assertThat(e.path("after").path("overdraftQuota").decimalValue()).isEqualByComparingTo("500");
        assertThat(e.path("changed").toString()).contains("overdraftState", "overdraftQuota");
    }
}
