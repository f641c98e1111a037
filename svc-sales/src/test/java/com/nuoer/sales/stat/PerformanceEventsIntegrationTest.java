package com.nuoer.sales.stat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.common.messaging.events.UsageAggregated;
import com.nuoer.sales.support.SalesIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SalesStat read model: payments once, usage snapshots overwrite by version, replay rebuilds the same figures. */
class PerformanceEventsIntegrationTest extends SalesIT {

    @Autowired StatService stats;

    private long maintained(long salesman, long org, String rate) {
        jdbc.update("""
                insert into customer_maintain (customer_id, salesman_id, state, effect_month, assign_time, royalty_rate)
                values (?, ?, 1, '2026-01', '2026-01-01 00:00:00', ?)""", org, salesman, new BigDecimal(rate));
        return org;
    }

    private BigDecimal perf(long salesman, String field) {
        JsonNode r = crm().post("/mt/crm/sales/perf/list", Map.of("salesmanIds", List.of(salesman),
                "dateType", "monthly", "statisticsDate", "2026-10"));
        assertThat(r.get("code").asInt()).isZero();
        return r.get("data").get(0).get(field).decimalValue();
    }

    @Test
    void aPaymentApprovedDeliveredTwiceCountsOnceInPerformanceAndRoyalty() {
        long salesman = newSalesman();
        long org = maintained(salesman, newCustomer(), "0.05");
        PaymentApproved p = new PaymentApproved("PM-IT-" + org, org, org, new BigDecimal("1200.00"),
                new BigDecimal("1200.00"), BigDecimal.ZERO, BigDecimal.ZERO, salesman, new BigDecimal("0.05"),
                new BigDecimal("60.00"), LocalDate.of(2026, 10, 15), LocalDateTime.of(2026, 10, 16, 9, 0));
        MessageExt m = message(Topics.BILLING_EVENT, UUID.randomUUID().toString(), EventTypes.PAYMENT_APPROVED,
                p.paymentNo(), p);
        billingListener.onMessage(m);
        billingListener.onMessage(m);
        // billing re-publishes the same payment under a new eventId: still once
        billingListener.onMessage(message(Topics.BILLING_EVENT, UUID.randomUUID().toString(),
                EventTypes.PAYMENT_APPROVED, p.paymentNo(), p));

        assertThat(perf(salesman, "paymentAmount")).isEqualByComparingTo("1200.00");
        assertThat(jdbc.queryForObject("select sum(payment_royalty_amount) from sales_stat where salesman_id = ?",
                BigDecimal.class, salesman)).isEqualByComparingTo("60.00");
        JsonNode summary = sales(salesman).post("/mt/sales/index/summary",
                Map.of("dateType", "monthly", "statisticsDate", "2026-10"));
        assertThat(summary.get("data").get("paymentAmount").decimalValue()).isEqualByComparingTo("1200.00");

        // a replay from the stored inputs gives the same figures
        stats.replayAll();
        assertThat(perf(salesman, "paymentAmount")).isEqualByComparingTo("1200.00");
        assertThat(jdbc.queryForObject("select sum(payment_royalty_amount) from sales_stat where salesman_id = ?",
                BigDecimal.class, salesman)).isEqualByComparingTo("60.00");
    }

    private UsageAggregated usage(long org, long version, long charged, String fee) {
        return new UsageAggregated(LocalDate.of(2026, 10, 20), org, "app" + org, org, org, org, "ID2_CHECK",
                "身份证二要素核验", charged + 3, charged, 0, 0, charged, new BigDecimal(fee), List.of(), List.of(), false,
                version, LocalDateTime.now());
    }

    @Test
    void usageSnapshotsOverwriteTheDayAndAnOlderVersionIsIgnored() {
        long salesman = newSalesman();
        long org = maintained(salesman, newCustomer(), "0.10");
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.USAGE_AGGREGATED, org, usage(org, 2, 40, "10.00")));
        // the same snapshot again (new eventId) must not add twice
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.USAGE_AGGREGATED, org, usage(org, 2, 40, "10.00")));
        assertThat(perf(salesman, "salesAmount")).isEqualByComparingTo("10.00");
        assertThat(perf(salesman, "royaltyAmount")).isEqualByComparingTo("1.00");

        // an older snapshot arriving late is ignored
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.USAGE_AGGREGATED, org, usage(org, 1, 10, "2.50")));
        assertThat(perf(salesman, "salesAmount")).isEqualByComparingTo("10.00");
        assertThat(perf(salesman, "chargeCalls")).isEqualByComparingTo("40");

        // a newer one replaces the day's figures
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.USAGE_AGGREGATED, org, usage(org, 3, 60, "15.00")));
        assertThat(perf(salesman, "salesAmount")).isEqualByComparingTo("15.00");
        assertThat(perf(salesman, "chargeCalls")).isEqualByComparingTo("60");
        assertThat(jdbc.queryForObject("select count(*) from sales_stat where customer_id = ?", Long.class, org))
                .isEqualTo(1);

        stats.replayAll();
        assertThat(perf(salesman, "salesAmount")).isEqualByComparingTo("15.00");
        assertThat(perf(salesman, "royaltyAmount")).isEqualByComparingTo("1.50");
    }

    @Test
    void aReassignmentMovesTheMonthsFromItsEffectMonthToTheNewSalesman() {
        long a = newSalesman();
        long b = newSalesman();
        long org = maintained(a, newCustomer(), "0.10");
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.USAGE_AGGREGATED, org, usage(org, 1, 40, "10.00")));
        assertThat(perf(a, "salesAmount")).isEqualByComparingTo("10.00");
        crm().post("/mt/crm/sales/maintain/assign", Map.of("salesmanId", b, "customerId", org,
                "royaltyRate", 0.2, "effectMonth", "2026-10"));
        assertThat(perf(a, "salesAmount")).isEqualByComparingTo("0");
        assertThat(perf(b, "salesAmount")).isEqualByComparingTo("10.00");
        assertThat(perf(b, "royaltyAmount")).isEqualByComparingTo("2.00");
    }

    @Test
    void aSpreaderAccreditedOnAProductEarnsHisRoyaltyOnItsUsage() {
        long inner = newSalesman();
        long spreader = newSalesman();
        jdbc.update("update salesman set role_type = 'outer' where salesman_id = ?", spreader);
        long org = maintained(inner, newCustomer(), "0.10");
        long deptItemId = newId();
        com.nuoer.common.messaging.events.DeptItemAccredited accredited =
                new com.nuoer.common.messaging.events.DeptItemAccredited(deptItemId, org, org, "ID2_CHECK", inner,
                        List.of(new com.nuoer.common.messaging.events.DeptItemAccredited.SpreaderRoyalty(spreader,
                                "PRICE", new BigDecimal("0.05"), null, "2026-09")), LocalDateTime.now());
        MessageExt m = message(Topics.CUSTOMER_EVENT, UUID.randomUUID().toString(), EventTypes.DEPT_ITEM_ACCREDITED,
                deptItemId, accredited);
        customerListener.onMessage(m);
        customerListener.onMessage(m);
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.USAGE_AGGREGATED, org, usage(org, 1, 40, "10.00")));

        assertThat(perf(spreader, "royaltyAmount")).isEqualByComparingTo("2.00");   // 40 calls × 0.05
        assertThat(perf(inner, "royaltyAmount")).isEqualByComparingTo("1.00");      // 10.00 × 0.10
        assertThat(jdbc.queryForObject("select count(*) from spreader_royalty where dept_item_id = ?", Long.class,
                deptItemId)).isEqualTo(1);
        // crm takes the spreader off the product now: past months keep his royalty, also after a replay
        JsonNode edit = crm().post("/mt/crm/customer/deptItem/editSpreaderRoyalties",
                Map.of("deptItemId", deptItemId, "spreaderRoyalties", List.of()));
        assertThat(edit.get("code").asInt()).isEqualTo(40413);   // the deptItem itself is unknown to sales
        jdbc.update("""
                insert into dept_item_view (dept_item_id, dept_id, organization_id, check_item, state, version)
                values (?, ?, ?, 'ID2_CHECK', 10, 1)""", deptItemId, org, org);
        edit = crm().post("/mt/crm/customer/deptItem/editSpreaderRoyalties",
                Map.of("deptItemId", deptItemId, "spreaderRoyalties", List.of()));
        assertThat(edit.get("code").asInt()).isZero();
        assertThat(perf(spreader, "royaltyAmount")).isEqualByComparingTo("2.00");
        stats.replayAll();
        assertThat(perf(spreader, "royaltyAmount")).isEqualByComparingTo("2.00");
        assertThat(perf(inner, "royaltyAmount")).isEqualByComparingTo("1.00");
        assertThat(jdbc.queryForObject("select state from spreader_royalty where dept_item_id = ?", String.class,
                deptItemId)).isEqualTo("INVALID");
    }
}
