package com.nuoer.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.billing.support.BillingIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who sees which statements (demo data): customers their own, salesmen their customers', crm needs crm:bill. */
class StatementIsolationIntegrationTest extends BillingIT {

    @Test
    void anotherCustomersStatementAnswersLikeAnUnknownOne() {
        // demo2 (org 301, dept 301) asks for the demo customer's statements
        JsonNode detail = beeback(301, 301, 301).get("/mt/beeback/billStatement/detail/BSDEMO9001");
        assertThat(detail.path("code").asInt()).isEqualTo(40400);
        assertThat(detail.path("httpStatus").asInt()).isEqualTo(404);
        assertThat(detail.has("data") && !detail.path("data").isNull()).isFalse();
        JsonNode confirm = beeback(301, 301, 301).post("/mt/beeback/billStatement/confirm",
                Map.of("statementNoList", List.of("BSDEMO9005")));
        assertThat(confirm.path("code").asInt()).isEqualTo(40400);
        JsonNode list = beeback(301, 301, 301).post("/mt/beeback/billStatement/list", Map.of("pageSize", 100,
                "deptIdList", List.of(1, 201, 202)));
        assertThat(list.path("data").path("results").size()).isZero();
        JsonNode own = beeback(301, 301, 301).post("/mt/beeback/billStatement/list", Map.of("pageSize", 100));
        assertThat(own.path("data").path("results")).isNotEmpty();
        own.path("data").path("results").forEach(r -> assertThat(r.path("deptId").asLong()).isEqualTo(301L));
    }

    @Test
    void aSalesmanSeesOnlyHisCustomersStatements() {
        // sales02 (user 202) maintains org 202 only
        JsonNode list = sales(202).post("/mt/sales/finance/billStatement/list", Map.of("pageSize", 100));
        assertThat(list.path("code").asInt()).isZero();
        assertThat(list.path("data").path("results")).isNotEmpty();
        list.path("data").path("results").forEach(r -> assertThat(r.path("deptId").asLong()).isEqualTo(202L));
        JsonNode detail = sales(202).post("/mt/sales/finance/detail", Map.of("deptId", 1, "statementNo", "BSDEMO9001"));
        assertThat(detail.path("code").asInt()).isEqualTo(40400);
        JsonNode recheck = sales(202).post("/mt/sales/finance/recheck", Map.of("billId", 9001));
        assertThat(recheck.path("code").asInt()).isEqualTo(40400);
        JsonNode receivers = sales(202).get("/mt/sales/finance/billStatement/selectReceivers/1");
        assertThat(receivers.path("code").asInt()).isEqualTo(40400);
        // sales01 (user 2) sees org 1 and 201
        JsonNode mine = sales(2).post("/mt/sales/finance/detail", Map.of("deptId", 1, "statementNo", "BSDEMO9001"));
        assertThat(mine.path("code").asInt()).isZero();
        assertThat(mine.path("data").path("billDetailList")).isNotEmpty();
    }

    @Test
    void theSalesExportHoldsOnlyTheSalesmansCustomers() throws Exception {
        var response = sales(202).download("/mt/sales/finance/billStatement/export", Map.of());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).contains("attachment");
        List<String> accounts = new java.util.ArrayList<>();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(response.getBody()))) {
            wb.getFirstSheet().read().stream().skip(1).forEach(row -> accounts.add(row.getCellText(2)));
        }
        assertThat(accounts).isNotEmpty().allMatch("202"::equals);
        var crm = crm().download("/mt/crm/bill/export", Map.of("stateList", List.of(0)));
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(crm.getBody()))) {
            assertThat(wb.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(5)))
                    .isNotEmpty().allMatch("待核准"::equals);
        }
    }

    @Test
    void crmWithoutTheBillMenuIsForbidden() {
        JsonNode r = ops01().post("/mt/crm/bill/list", Map.of("pageNo", 1));
        assertThat(r.path("code").asInt()).isEqualTo(40300);
        assertThat(r.path("httpStatus").asInt()).isEqualTo(403);
        assertThat(ops01().post("/mt/crm/bill/beeBill/list", Map.of("billType", "cust_daily")).path("code").asInt())
                .isEqualTo(40300);
        assertThat(crm().post("/mt/crm/bill/list", Map.of("pageNo", 1)).path("code").asInt()).isZero();
    }

    @Test
    void countersForTheDashboards() {
        JsonNode all = crm().get("/internal/billing/counters");
        assertThat(all.path("code").asInt()).isZero();
        assertThat(all.path("data").path("waitRecheckBillCount").asLong()).isPositive();
        JsonNode one = crm().get("/internal/billing/counters?deptId=301");
        assertThat(one.path("data").has("unconfirmedBillCount")).isTrue();
    }
}
