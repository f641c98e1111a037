package com.nuoer.sales.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.sales.support.SalesIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * sales01 (user 2) never sees sales02's customer 202 (developer account 202): every /mt/sales endpoint of svc-sales
 * that takes a customer (or its account, or another salesman) answers the 404 envelope; the lists leave it out.
 * A crm operator without the crm:sales menu (ops01: crm:index, crm:customer) gets 403.
 */
class ScopeAndMenuIntegrationTest extends SalesIT {

    private static final long SALES01 = 2;
    private static final long FOREIGN_CUSTOMER = 202;
    private static final long FOREIGN_DEPT = 202;

    private static void notFound(JsonNode answer) {
        assertThat(answer.get("httpStatus").asInt()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.get("code").asInt()).isBetween(40400, 40499);
        assertThat(answer.has("data")).isFalse();
    }

    @Test
    void sales01CannotReachSales02sCustomerThroughAnyEndpointTakingACustomer() {
        Caller me = sales(SALES01);
        notFound(me.post("/mt/sales/customer/follow/save", Map.of("customerId", FOREIGN_CUSTOMER,
                "flowContent", "拜访")));
        notFound(me.post("/mt/sales/customer/follow/save", Map.of("opportunityId", 4, "flowContent", "拜访")));
        notFound(me.post("/mt/sales/customer/follow/list", Map.of("customerIds", List.of(FOREIGN_CUSTOMER))));
        notFound(me.post("/mt/sales/customer/follow/list", Map.of("opportunityIds", List.of(4))));
        notFound(me.post("/mt/sales/customer/salesman/list", Map.of("customerId", FOREIGN_CUSTOMER)));
        notFound(me.post("/mt/sales/customer/salesTrendStatisticsList", Map.of("customerIds", List.of(FOREIGN_CUSTOMER),
                "matchMonth", "2026-11")));
        notFound(me.post("/mt/sales/customer/opportunity/delete", Map.of("id", 4)));
        notFound(me.post("/mt/sales/customer/opportunity/save", Map.of("id", 4, "customerName", "改名")));
        notFound(me.post("/mt/sales/index/customerRanking", Map.of("dateType", 40, "deptIdList", List.of(FOREIGN_DEPT))));
        notFound(me.post("/mt/sales/index/customerCallStatistics", Map.of("dateType", 40,
                "deptIdList", List.of(FOREIGN_DEPT))));
        notFound(me.post("/mt/sales/index/customerRanking", Map.of("dateType", 40, "salesmanId", 202)));
        notFound(me.post("/mt/sales/index/salesPerfStatistics", Map.of("salesmanId", 202)));

        // lists of the salesman's own book leave the foreign customer out
        JsonNode customers = me.post("/mt/sales/customer/customerStatisticsList", Map.of("matchMonth", "2026-11",
                "nonPage", true));
        assertThat(customers.get("code").asInt()).isZero();
        assertThat(customers.findValues("organizationId")).extracting(JsonNode::asLong)
                .contains(1L).doesNotContain(FOREIGN_CUSTOMER);
        JsonNode items = me.post("/mt/sales/customer/deptItemStatisticsList", Map.of("matchMonth", "2026-11",
                "nonPage", true));
        assertThat(items.get("data").get("results").findValues("deptId")).extracting(JsonNode::asLong)
                .doesNotContain(FOREIGN_DEPT);
        JsonNode follows = me.post("/mt/sales/customer/follow/list", Map.of("nonPage", true));
        assertThat(follows.get("data").get("results").findValues("customerId")).extracting(JsonNode::asLong)
                .doesNotContain(FOREIGN_CUSTOMER);
        JsonNode ranking = me.post("/mt/sales/index/customerRanking", Map.of("dateType", 30));
        assertThat(ranking.get("data").findValues("organizationId")).extracting(JsonNode::asLong)
                .doesNotContain(FOREIGN_CUSTOMER);
        JsonNode opportunities = me.post("/mt/sales/customer/opportunity/list", Map.of("hiddenConverted", false));
        assertThat(opportunities.get("data").get("results").findValues("salesmanId")).extracting(JsonNode::asLong)
                .containsOnly(SALES01);

        // sales02 himself sees it
        assertThat(sales(202).post("/mt/sales/customer/salesTrendStatisticsList",
                Map.of("customerIds", List.of(FOREIGN_CUSTOMER), "matchMonth", "2026-11")).get("code").asInt()).isZero();
    }

    @Test
    void anOperatorWithoutTheSalesMenuIsRefusedWith403() {
        Caller ops01 = crm(List.of("crm:index", "crm:customer"));
        for (String path : List.of("/mt/crm/sales/maintain/list", "/mt/crm/customer/maintainList",
                "/mt/crm/sales/maintain/assign", "/mt/crm/sales/maintain/batchAssign", "/mt/crm/sales/grade/list",
                "/mt/crm/sales/perf/list", "/mt/crm/sales/salesman/list", "/mt/crm/sales/salesman/kpi/list",
                "/mt/crm/sales/salesman/statisticsList", "/mt/crm/customer/editAssistant",
                "/mt/crm/customer/follow/list", "/mt/crm/customer/opportunity/delete", "/mt/crm/org/staff/handover",
                "/mt/crm/customer/deptItem/editSpreaderRoyalties")) {
            JsonNode answer = ops01.post(path, Map.of());
            assertThat(answer.get("httpStatus").asInt()).as(path).isEqualTo(403);
            assertThat(answer.get("code").asInt()).as(path).isEqualTo(40300);
        }
        JsonNode history = ops01.get("/mt/crm/sales/maintain/assignHistories/1");
        assertThat(history.get("code").asInt()).isEqualTo(40300);
        assertThat(crm().post("/mt/crm/sales/maintain/list", Map.of()).get("code").asInt()).isZero();
    }
}
