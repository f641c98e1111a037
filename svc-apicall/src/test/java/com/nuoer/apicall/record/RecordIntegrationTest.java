package com.nuoer.apicall.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.usage.UsageAccumulator;
import com.nuoer.apicall.usage.UsagePublisher;
import com.nuoer.common.session.MenuCodes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Call records: scoping per front-end, keyset paging, export, ops correction events, usage snapshots. */
class RecordIntegrationTest extends ApicallIntegrationBase {

    private static final String FIXED_SEQ = "202611201030000000000301";

    @Autowired
    UsagePublisher usage;
    @Autowired
    UsageAccumulator accumulator;

    private JsonNode as(Map<String, Object> session, String method, String path, Object body) {
        try {
            HttpHeaders h = new HttpHeaders();
            signer.headersFor(json.writeValueAsString(session), System.currentTimeMillis()).forEach(h::set);
            h.setContentType(MediaType.APPLICATION_JSON);
            var r = http.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, h), String.class);
            ObjectNode node = (ObjectNode) json.readTree(r.getBody());
            node.put("_status", r.getStatusCode().value());
            return node;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> session(String app, long userId) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("loginId", UUID.randomUUID().toString());
        s.put("userId", userId);
        s.put("username", "it-" + app);
        s.put("appcode", app);
        s.put("loginAppCode", app);
        return s;
    }

    private static Map<String, Object> beeback(long deptId) {
        Map<String, Object> s = session("beeback", 3);
        s.put("deptId", deptId);
        s.put("enterpriseId", deptId);
        return s;
    }

    private static Map<String, Object> sales(long salesmanId) {
        Map<String, Object> s = session("sales", salesmanId);
        s.put("salesmanId", salesmanId);
        s.put("isAppManage", false);
        return s;
    }

    private static Map<String, Object> crm(List<String> menus) {
        Map<String, Object> s = session("crm", 1);
        s.put("roles", List.of("operator"));
        s.put("menus", menus);
        return s;
    }

    @Test
    void aCustomerSeesOnlyItsOwnCallsAndAnotherCustomersRecordAnswersLikeAnUnknownOne() {
        JsonNode own = as(beeback(1), "POST", "/mt/beeback/apiData/recordList", Map.of("pageSize", 50, "deptIdList", List.of(201)));
        assertThat(own.path("code").asInt()).isZero();
        assertThat(own.path("data").path("results").size()).isPositive();
        own.path("data").path("results").forEach(r -> assertThat(r.path("deptId").asLong()).isEqualTo(1));
        assertThat(own.path("data").path("results").get(0).has("upstreamRecordList")).isFalse();

        JsonNode other = as(beeback(301), "GET", "/mt/beeback/apiData/recordDetail/" + FIXED_SEQ, null);
        assertThat(other.path("code").asInt()).isEqualTo(40400);
        JsonNode mine = as(beeback(1), "GET", "/mt/beeback/apiData/recordDetail/" + FIXED_SEQ, null);
        assertThat(mine.path("data").path("upstreamRecordList").size()).isEqualTo(2);
        assertThat(mine.toString()).doesNotContain("reqSecret").doesNotContain("appSecret");
    }

    @Test
    void aSalesmanSeesOnlyTheCallsOfHisCustomers() {
        JsonNode mine = as(sales(2), "POST", "/mt/sales/bee/recordList", Map.of("pageSize", 20));
        assertThat(mine.path("data").path("results").size()).isPositive();
        JsonNode none = as(sales(999_999), "POST", "/mt/sales/bee/recordList", Map.of("pageSize", 20));
        assertThat(none.path("code").asInt()).isZero();
        assertThat(none.path("data").path("results").size()).isZero();
    }

    @Test
    void crmNeedsTheApiMenu() {
        JsonNode r = as(crm(List.of(MenuCodes.CRM_BILL)), "POST", "/mt/crm/api/recordList", Map.of());
        assertThat(r.path("code").asInt()).isEqualTo(40300);
    }

    @Test
    void largePagesSeekPastTheLastSeqNoWithoutCounting() {
        Map<String, Object> q = new LinkedHashMap<>(Map.of("pageSize", 5, "largePage", true, "deptIdList", List.of(1)));
        JsonNode p1 = as(crm(List.of(MenuCodes.CRM_API_RECORD)), "POST", "/mt/crm/api/recordList", q);
        assertThat(p1.path("data").path("isLarge").asBoolean()).isTrue();
        assertThat(p1.path("data").has("total")).isFalse();
        assertThat(p1.path("data").path("hasNext").asBoolean()).isTrue();
        String last = p1.path("data").path("results").get(4).path("seqNo").asText();
        q.put("lastSeqNo", last);
        JsonNode p2 = as(crm(List.of(MenuCodes.CRM_API_RECORD)), "POST", "/mt/crm/api/recordList", q);
        q.remove("lastSeqNo");
        q.put("pageNo", 2);
        JsonNode offset = as(crm(List.of(MenuCodes.CRM_API_RECORD)), "POST", "/mt/crm/api/recordList", q);
        assertThat(p2.path("data").path("results").get(0).path("seqNo"))
                .isEqualTo(offset.path("data").path("results").get(0).path("seqNo"));
    }

    @Test
    void anOpsCorrectionPublishesApiRecordCorrectedAndTheDaysUsage() throws Exception {
        // a record of its own (the fixed demo record is used by the conformance run)
        String seqNo = "202611211200000000" + String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
        jdbc.update("""
                insert into api_record (seq_no, dept_id, app_id, organization_id, check_item, success, is_fee, fee, price,
                                        wallet_id, create_date)
                values (?, 1, 'nuoer_demo_app01', 1, 'MOBILE3_CHECK', 1, 1, 0.4, 0.4, 1, timestamp '2026-11-21 12:00:00')""",
                seqNo);
        JsonNode r = as(crm(List.of(MenuCodes.CRM_API_RECORD)), "POST", "/mt/crm/api/editApiRecord",
                Map.of("seqNo", seqNo, "isFee", 0, "resultMsg", "上游故障，免收费用"));
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        assertThat(r.path("data").path("isFee").asInt()).isZero();
        String corrected = jdbc.queryForObject(
                "select payload::text from outbox_event where event_type = 'ApiRecordCorrected' and aggregate_id = ?",
                String.class, seqNo);
        JsonNode e = json.readTree(corrected);
        assertThat(e.path("feeBefore").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(e.path("feeAfter").decimalValue()).isEqualByComparingTo("0");
        assertThat(e.path("walletId").asLong()).isEqualTo(1);
        assertThat(outboxCount("UsageAggregated", "2026-11-21:1:MOBILE3_CHECK")).isPositive();
        // the same correction again changes nothing and publishes nothing
        as(crm(List.of(MenuCodes.CRM_API_RECORD)), "POST", "/mt/crm/api/editApiRecord",
                Map.of("seqNo", seqNo, "isFee", 0, "resultMsg", "上游故障，免收费用"));
        assertThat(outboxCount("ApiRecordCorrected", seqNo)).isEqualTo(1);
    }

    @Test
    void dayCloseRecomputesFromTheRecordsAndPublishesClosedSnapshots() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 20);
        usage.closeDay(day);
        String payload = jdbc.queryForObject("""
                select payload::text from outbox_event where event_type = 'UsageAggregated' and aggregate_id = ?
                order by occurred_at desc limit 1""", String.class, day + ":1:ID2_CHECK");
        JsonNode e = json.readTree(payload);
        assertThat(e.path("closed").asBoolean()).isTrue();
        long calls = jdbc.queryForObject("""
                select count(*) from api_record where dept_id = 1 and check_item = 'ID2_CHECK'
                and create_date >= timestamp '2026-11-20 00:00:00' and create_date < timestamp '2026-11-21 00:00:00'""",
                Long.class);
        assertThat(e.path("callCount").asLong()).isEqualTo(calls);
    }

    @Test
    void theExportIsAnXlsxFile() {
        HttpHeaders h = new HttpHeaders();
        try {
            signer.headersFor(json.writeValueAsString(beeback(1)), System.currentTimeMillis()).forEach(h::set);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        h.setContentType(MediaType.APPLICATION_JSON);
        var r = http.exchange("/mt/beeback/apiData/recordExport", HttpMethod.POST,
                new HttpEntity<>(Map.of("success", 1), h), byte[].class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getFirst("Content-Disposition")).contains("attachment");
        assertThat(r.getBody()).startsWith(new byte[] {'P', 'K'});
    }
}
