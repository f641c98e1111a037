package com.nuoer.apicall.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.forewarn.Caller;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.MenuCodes;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Call statistics against a known dataset written straight into the usage aggregates of an account of its own:
 * every figure equals the sums of usage_day / usage_hour / usage_day_upstream, a raw record without aggregate changes
 * nothing (no scan of api_record), and ranges are validated (domain.md §5.5).
 */
class StatsIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    IdentityHeaders signerBean;

    long dept;
    String a;
    String b;
    Caller crm;
    Caller owner;

    @BeforeEach
    void data() {
        dept = 600_000_000L + (System.nanoTime() % 90_000_000L);
        a = "ST_A_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        b = "ST_B_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("""
                insert into check_item (check_item, item_name, check_type, state, is_open, cache_flag, cache_time, fee_type,
                                        price, applicable, is_fusion, max_free_count, encryptable, create_date, update_date)
                values (?, '统计产品A', 100, 10, 1, 0, 0, 10, 0.5, true, false, 0, '1', ?, ?)""", a, now, now);
        day("2025-05-01", a, 100, 90, "22.5000", 5);
        day("2025-05-01", b, 40, 40, "16.0000", 0);
        day("2025-05-03", a, 10, 10, "2.5000", 1);
        day("2025-06-02", b, 7, 7, "2.8000", 0);
        hour("2025-05-01 10:00:00", a, 60, "13.5000");
        hour("2025-05-01 11:00:00", a, 40, "9.0000");
        hour("2025-05-01 11:00:00", b, 40, "16.0000");
        // a raw record without aggregate: statistics never read api_record
        jdbc.update("""
                insert into api_record (seq_no, dept_id, app_id, check_item, success, is_fee, fee, create_date)
                values (?, ?, 'x', ?, 1, 1, 99, ?)""", "ST" + dept, dept, a,
                Timestamp.valueOf(LocalDateTime.of(2025, 5, 2, 12, 0)));
        crm = Caller.crm(List.of(MenuCodes.CRM_INDEX), http, json, signerBean);
        owner = Caller.beeback(dept, dept, dept, "统计测试", http, json, signerBean);
    }

    private void day(String d, String code, long calls, long charged, String fee, long cache) {
        jdbc.update("""
                insert into usage_day (usage_date, dept_id, check_item, call_count, success_count, cache_count, free_count,
                                       charge_count, fee, version, updated_at)
                values (?, ?, ?, ?, ?, ?, 0, ?, ?, 1, now())""",
                Date.valueOf(d), dept, code, calls, calls, cache, charged, new BigDecimal(fee));
    }

    private void hour(String h, String code, long calls, String fee) {
        jdbc.update("""
                insert into usage_hour (usage_hour, dept_id, check_item, call_count, success_count, cache_count,
                                        charge_count, fee) values (?, ?, ?, ?, ?, 0, ?, ?)""",
                Timestamp.valueOf(h), dept, code, calls, calls, calls, new BigDecimal(fee));
    }

    private JsonNode trend(String unit, String start, String end) {
        return crm.post("/mt/crm/index/bee/apiCallStatistics", Map.of("unit", unit, "startDate", start, "endDate", end,
                "deptIdList", List.of(dept)));
    }

    @Test
    void dailyTrendEqualsTheUsageDaySumsWithEmptyDaysIncluded() {
        JsonNode r = trend("DAYS", "2025-05-01", "2025-05-03");
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        JsonNode days = r.path("data");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).path("date").asText()).isEqualTo("2025-05-01");
        assertThat(days.get(0).path("totalCount").asInt()).isEqualTo(140);
        assertThat(days.get(0).path("totalFee").decimalValue()).isEqualByComparingTo("38.50");
        assertThat(days.get(0).path("itemCount").asInt()).isEqualTo(2);
        assertThat(days.get(0).path("items").get(0).path("checkItem").asText()).isEqualTo(a);
        assertThat(days.get(0).path("items").get(0).path("checkItemName").asText()).isEqualTo("统计产品A");
        assertThat(days.get(0).path("items").get(0).path("count").asInt()).isEqualTo(100);
        assertThat(days.get(1).path("totalCount").asInt()).as("a record without aggregate is not counted").isZero();
        assertThat(days.get(2).path("totalCount").asInt()).isEqualTo(10);
        long sum = jdbc.queryForObject("""
                select sum(call_count) from usage_day where dept_id = ? and usage_date between '2025-05-01' and '2025-05-03'""",
                Long.class, dept);
        long answered = 0;
        for (JsonNode d : days) {
            answered += d.path("totalCount").asLong();
        }
        assertThat(answered).isEqualTo(sum);
        JsonNode onlyB = crm.post("/mt/crm/index/bee/apiCallStatistics", Map.of("unit", "DAYS", "startDate", "2025-05-01",
                "endDate", "2025-05-01", "deptIdList", List.of(dept), "checkItemList", List.of(b)));
        assertThat(onlyB.path("data").get(0).path("totalCount").asInt()).isEqualTo(40);
    }

    @Test
    void monthlyAndHourlyTrendsEqualTheirAggregates() {
        JsonNode months = trend("MONTHS", "2025-04", "2025-06").path("data");
        assertThat(months).hasSize(3);
        assertThat(months.get(0).path("date").asText()).isEqualTo("2025-04");
        assertThat(months.get(0).path("totalCount").asInt()).isZero();
        assertThat(months.get(1).path("totalCount").asInt()).isEqualTo(150);
        assertThat(months.get(1).path("totalFee").decimalValue()).isEqualByComparingTo("41.00");
        assertThat(months.get(2).path("totalCount").asInt()).isEqualTo(7);
        JsonNode hours = trend("HOURS", "2025-05-01 09:00:00", "2025-05-01 12:00:00").path("data");
        assertThat(hours).hasSize(4);
        assertThat(hours.get(0).path("date").asText()).isEqualTo("2025-05-01 09:00:00");
        assertThat(hours.get(1).path("totalCount").asInt()).isEqualTo(60);
        assertThat(hours.get(2).path("totalCount").asInt()).isEqualTo(80);
        assertThat(hours.get(2).path("totalFee").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(hours.get(3).path("totalCount").asInt()).isZero();
    }

    @Test
    void beebackStatisticsCoverOnlyTheOwnAccount() {
        JsonNode r = owner.post("/mt/beeback/index/apiStatistics", Map.of("unit", "DAYS", "startDate", "2025-05-01",
                "endDate", "2025-05-31"));
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        JsonNode d = r.path("data");
        assertThat(d.path("totalCount").asInt()).isEqualTo(150);
        assertThat(d.path("totalFee").decimalValue()).isEqualByComparingTo("41.00");
        assertThat(d.path("itemCounts").get(0).path("checkItem").asText()).isEqualTo(a);
        assertThat(d.path("itemCounts").get(0).path("count").asInt()).isEqualTo(110);
        assertThat(d.path("itemFees").get(0).path("fee").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(d.path("dates")).hasSize(31);
        assertThat(d.path("checkItems")).hasSize(2);
        JsonNode kw = owner.post("/mt/beeback/index/apiStatistics", Map.of("unit", "MONTHS", "startDate", "2025-05",
                "endDate", "2025-06", "keyword", "统计产品"));
        assertThat(kw.path("data").path("totalCount").asInt()).isEqualTo(110);
        // another customer sees none of it
        Caller other = Caller.beeback(301, 301, 301, "上海第二演示数据有限公司", http, json, signerBean);
        assertThat(other.post("/mt/beeback/index/apiStatistics", Map.of("unit", "DAYS", "startDate", "2025-05-01",
                "endDate", "2025-05-31")).path("data").path("totalCount").asInt()).isZero();
    }

    @Test
    void customerAndCoreStatisticsOfYesterdayEqualTheAggregates() {
        LocalDate y = LocalDate.now().minusDays(1);
        day(y.toString(), a, 30, 28, "7.0000", 2);
        day(y.toString(), b, 12, 12, "4.8000", 0);
        jdbc.update("""
                insert into usage_day_upstream (usage_date, dept_id, check_item, upstream_config_id, call_count, fee_count, cost)
                values (?, ?, ?, 1, 28, 28, 2.8000)""", Date.valueOf(y), dept, a);
        JsonNode c = crm.post("/mt/crm/index/bee/customerCallStatistics", Map.of("dateType", 20, "deptId", dept));
        assertThat(c.path("code").asInt()).as(c.toString()).isZero();
        assertThat(c.path("data")).hasSize(2);
        assertThat(c.path("data").get(0).path("count").asInt()).isEqualTo(30);
        assertThat(c.path("data").get(0).path("fee").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(c.path("data").get(1).path("count").asInt()).isEqualTo(12);

        JsonNode core = crm.post("/mt/crm/index/bee/coreStatistics", Map.of("dateType", 20)).path("data");
        Map<String, Object> cur = jdbc.queryForMap("""
                select sum(charge_count) as cnt, sum(fee) as fee, sum(cache_count) as cache from usage_day
                where usage_date = ?""", Date.valueOf(y));
        Map<String, Object> prev = jdbc.queryForMap("""
                select coalesce(sum(charge_count), 0) as cnt, coalesce(sum(fee), 0) as fee from usage_day
                where usage_date = ?""", Date.valueOf(y.minusDays(1)));
        Map<String, Object> up = jdbc.queryForMap("""
                select sum(call_count) as cnt, sum(cost) as cost from usage_day_upstream where usage_date = ?""",
                Date.valueOf(y));
        assertThat(core.path("orderCount").asLong()).isEqualTo(((Number) cur.get("cnt")).longValue());
        assertThat(core.path("orderAmount").decimalValue()).isEqualByComparingTo(((BigDecimal) cur.get("fee")).setScale(2,
                java.math.RoundingMode.HALF_UP));
        assertThat(core.path("comparedCount").asLong()).isEqualTo(((Number) prev.get("cnt")).longValue());
        assertThat(core.path("cacheCount").asLong()).isEqualTo(((Number) cur.get("cache")).longValue());
        assertThat(core.path("upstreamCount").asLong()).isEqualTo(((Number) up.get("cnt")).longValue());
        assertThat(core.path("upstreamAmount").decimalValue()).isEqualByComparingTo(((BigDecimal) up.get("cost")).setScale(2,
                java.math.RoundingMode.HALF_UP));
        assertThat(core.has("orderCountIncreaseRate")).isTrue();
    }

    @Test
    void rangesAreValidated() {
        assertThat(trend("DAYS", "2025-05-01", "2025-06-01").path("code").asInt()).isEqualTo(40092);
        assertThat(trend("DAYS", "2025-05-01", "2025-05-31").path("code").asInt()).isZero();
        assertThat(trend("DAYS", "2025-05-03", "2025-05-01").path("code").asInt()).isEqualTo(40091);
        assertThat(trend("DAYS", "2025/05/01", "2025-05-03").path("code").asInt()).isEqualTo(40090);
        assertThat(trend("MONTHS", "2022-01", "2025-01").path("code").asInt()).isEqualTo(40092);
        assertThat(trend("MONTHS", "2022-02", "2025-01").path("code").asInt()).isZero();
        assertThat(trend("HOURS", "2025-05-01 00:00:00", "2025-05-08 00:00:00").path("code").asInt()).isEqualTo(40092);
        assertThat(trend("WEEKS", "2025-05-01", "2025-05-03").path("code").asInt()).isEqualTo(40001);
        assertThat(owner.post("/mt/beeback/index/apiStatistics", Map.of("unit", "HOURS", "startDate",
                "2025-05-01 00:00:00", "endDate", "2025-05-01 10:00:00")).path("code").asInt()).isEqualTo(40001);
        assertThat(crm.post("/mt/crm/index/bee/coreStatistics", Map.of("dateType", 50)).path("code").asInt())
                .isEqualTo(40093);
        assertThat(Caller.crm(List.of(MenuCodes.CRM_BILL), http, json, signerBean)
                .post("/mt/crm/index/bee/coreStatistics", Map.of("dateType", 10)).path("_status").asInt()).isEqualTo(403);
    }
}
