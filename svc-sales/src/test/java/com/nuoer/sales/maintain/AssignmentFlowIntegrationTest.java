package com.nuoer.sales.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.sales.support.SalesIT;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.Test;

/** Registration → first maintain record → crm assign → staff handover: histories and CustomerAssigned events. */
class AssignmentFlowIntegrationTest extends SalesIT {

    @Test
    void registeredThenAssignedThenHandedOverKeepsACompleteHistoryAndPublishesEveryChange() {
        long first = newSalesman();
        long second = newSalesman();
        long third = newSalesman();
        long org = newId();
        CustomerRegistered registered = new CustomerRegistered(org, org, org, "杭州测试科技有限公司" + org, "13900001111",
                "it@test.example", first, "A", new BigDecimal("0.08"), "2026-09", "PHONE_VISIT", null, 20, "LEASE3C",
                "LEASE3C", false, null, true, null, "crm", LocalDateTime.of(2026, 9, 1, 10, 0));
        MessageExt m = message(Topics.CUSTOMER_EVENT, UUID.randomUUID().toString(), EventTypes.CUSTOMER_REGISTERED,
                org, registered);
        customerListener.onMessage(m);
        customerListener.onMessage(m);
        // the same registration re-produced under a new eventId: still one maintain record
        customerListener.onMessage(message(Topics.CUSTOMER_EVENT, UUID.randomUUID().toString(),
                EventTypes.CUSTOMER_REGISTERED, org, registered));
        assertThat(history(org)).hasSize(1);
        assertThat(outboxCount(EventTypes.CUSTOMER_ASSIGNED, org)).isEqualTo(1);

        JsonNode assign = crm().post("/mt/crm/sales/maintain/assign", Map.of("salesmanId", second, "customerId", org,
                "gradeCode", "B", "effectMonth", "2026-10", "gainChannel", "EXHIBITION"));
        assertThat(assign.get("code").asInt()).isZero();

        long secondStaff = second; // user id = staff id for the test salesmen
        JsonNode handover = crm().post("/mt/crm/org/staff/handover", Map.of("staffId", secondStaff,
                "effectMonth", "2026-11", "details", List.of(Map.of("customerId", org, "targetStaffId", third))));
        assertThat(handover.get("code").asInt()).isZero();

        JsonNode histories = crm().get("/mt/crm/sales/maintain/assignHistories/" + org);
        assertThat(histories.get("code").asInt()).isZero();
        JsonNode rows = histories.get("data");
        assertThat(rows).hasSize(3);
        // newest first: the handover target, then the crm assignment, then the registration
        assertThat(rows.get(0).get("salesmanId").asLong()).isEqualTo(third);
        assertThat(rows.get(0).get("state").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("effectMonth").asText()).isEqualTo("2026-11");
        assertThat(rows.get(0).get("gradeCode").asText()).isEqualTo("B");          // kept by the handover
        assertThat(rows.get(0).get("royaltyRate").decimalValue()).isEqualByComparingTo("0.05"); // grade B's rate
        assertThat(rows.get(0).get("gainChannel").asText()).isEqualTo("EXHIBITION");
        assertThat(rows.get(1).get("salesmanId").asLong()).isEqualTo(second);
        assertThat(rows.get(1).get("state").asInt()).isZero();
        assertThat(rows.get(2).get("salesmanId").asLong()).isEqualTo(first);
        assertThat(rows.get(2).get("state").asInt()).isZero();
        assertThat(rows.get(2).get("effectMonth").asText()).isEqualTo("2026-09");
        assertThat(crm().get("/mt/crm/customer/assignHistories/" + org).get("data")).hasSize(3);

        assertThat(outboxCount(EventTypes.CUSTOMER_ASSIGNED, org)).isEqualTo(3);
        List<Long> versions = jdbc.queryForList("""
                select (payload ->> 'version')::bigint from outbox_event
                where event_type = 'CustomerAssigned' and aggregate_id = ? order by id""", Long.class,
                String.valueOf(org));
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        Map<String, Object> last = jdbc.queryForMap("""
                select payload ->> 'salesmanId' as salesman, payload ->> 'effectMonth' as month, topic
                from outbox_event where event_type = 'CustomerAssigned' and aggregate_id = ?
                order by occurred_at desc, payload ->> 'version' desc limit 1""", String.valueOf(org));
        assertThat(last).containsEntry("salesman", String.valueOf(third)).containsEntry("month", "2026-11")
                .containsEntry("topic", Topics.SALES_EVENT);
        assertThat(jdbc.queryForObject("select assistant_id from customer_view where organization_id = ?", Long.class,
                org)).isEqualTo(third);
        // the scope the other services ask for follows the assignment
        assertThat(sales(third).post("/mt/sales/customer/salesman/list", Map.of("customerId", org))
                .get("code").asInt()).isZero();
        assertThat(sales(second).post("/mt/sales/customer/salesman/list", Map.of("customerId", org))
                .get("code").asInt()).isEqualTo(40410);
        // the staff member handed over no longer maintains anybody
        assertThat(crm().get("/internal/sales/staff/" + secondStaff + "/customerCount").get("data").asLong()).isZero();
        assertThat(crm().get("/internal/sales/scope/" + third + "/customerIds").get("data").toString())
                .isEqualTo("[" + org + "]");
    }

    @Test
    void handoverOfACustomerTheStaffDoesNotMaintainIsRefused() {
        long a = newSalesman();
        long b = newSalesman();
        long org = newCustomer();
        crm().post("/mt/crm/sales/maintain/assign", Map.of("salesmanId", a, "customerId", org));
        JsonNode refused = crm().post("/mt/crm/org/staff/handover", Map.of("staffId", b,
                "details", List.of(Map.of("customerId", org, "targetStaffId", a))));
        assertThat(refused.get("code").asInt()).isEqualTo(40911);
        assertThat(history(org)).hasSize(1);
        assertThat(outboxCount(EventTypes.CUSTOMER_ASSIGNED, org)).isEqualTo(1);
        assertThat(YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString()).isEqualTo(history(org).get(0).get("effect_month"));
    }

    private List<Map<String, Object>> history(long org) {
        return jdbc.queryForList("select * from customer_maintain where customer_id = ? order by id", org);
    }
}
