package com.nuoer.customer.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.customer.developer.Caller;
import com.nuoer.customer.developer.Fixtures;
import com.nuoer.customer.developer.Fixtures.Customer;
import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dashboards when svc-wallet and svc-billing cannot be reached (the test profile has no instance of either): the
 * answer is still a success with the local figures, and the remote figures are left out.
 */
@IntegrationTest
class IndexIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityHeaders signer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coreStatisticsIsAPartialAnswerWhenWalletAndBillingAreUnreachable() {
        Customer c = Fixtures.newCustomer(jdbc, "首页测试", null);
        Caller caller = Caller.beeback(c.userId(), c.organizationId(), null, http, json, signer);

        long started = System.currentTimeMillis();
        JsonNode answer = caller.get("/mt/beeback/index/coreStatistics");
        assertThat(System.currentTimeMillis() - started).isLessThan(5_000);

        assertThat(answer.path("code").asInt()).as(answer.toString()).isZero();
        JsonNode data = answer.path("data");
        assertThat(data.path("mineItemCount").asLong()).isZero();
        assertThat(data.path("applyingItemCount").asLong()).isZero();
        assertThat(data.path("unreadMsgCount").asLong()).isZero();
        // not authenticated, no developer account, no alert contact
        assertThat(data.path("waitPrefectCount").asInt()).isEqualTo(3);
        assertThat(data.has("balance")).isFalse();
        assertThat(data.has("overdueAmount")).isFalse();
        assertThat(data.has("overdraftQuota")).isFalse();

        // once the account exists, one thing less to complete
        caller.post("/mt/beeback/dept/applyDeveloper", Map.of("env", "prod"));
        JsonNode again = caller.get("/mt/beeback/index/coreStatistics");
        assertThat(again.path("data").path("waitPrefectCount").asInt()).isEqualTo(2);
        assertThat(again.path("data").has("unconfirmedBillCount")).isFalse();
    }

    @Test
    void backlogIsAPartialAnswerWhenBillingIsUnreachable() {
        JsonNode answer = Caller.crm(List.of("ops"), List.of(MenuCodes.CRM_INDEX), http, json, signer)
                .get("/mt/crm/index/bee/backlog");
        assertThat(answer.path("code").asInt()).as(answer.toString()).isZero();
        assertThat(answer.path("data").has("waitAuditAuthCount")).isTrue();
        assertThat(answer.path("data").has("waitAuditItemCount")).isTrue();
        assertThat(answer.path("data").has("waitRecheckBillCount")).isFalse();
        assertThat(answer.path("data").has("waitInvoiceCount")).isFalse();

        JsonNode refused = Caller.crm(List.of("ops"), List.of(MenuCodes.CRM_CUSTOMER), http, json, signer)
                .get("/mt/crm/index/bee/backlog");
        assertThat(refused.path("code").asInt()).isEqualTo(40300);
    }
}
