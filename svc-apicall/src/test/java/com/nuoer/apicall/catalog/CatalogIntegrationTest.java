package com.nuoer.apicall.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Products: list, add, edit, delete, fusion sub-items and the CheckItemChanged outbox rows they leave. */
class CatalogIntegrationTest extends ApicallIntegrationBase {

    @Test
    void demoCatalogueIsListedWithSubItemsForCrmAndSales() {
        JsonNode crm = crm().post("/mt/crm/checkItem/list", Map.of("checkItemList", List.of("RISK_FUSION")));
        assertThat(crm.path("code").asInt()).as(crm.toString()).isZero();
        JsonNode fusion = crm.path("data").path("results").get(0);
        assertThat(fusion.path("isFusion").asBoolean()).isTrue();
        assertThat(fusion.path("subItems").asText()).isEqualTo("ID2_CHECK,MOBILE3_CHECK,MOBILE_ONLINE_TIME");
        assertThat(fusion.path("subItemList")).hasSize(3);
        assertThat(fusion.path("encryptableList").toString()).isEqualTo("[1,2,3]");

        JsonNode sales = sales().post("/mt/sales/bee/checkItem/list", Map.of("state", 10, "checkType", 200,
                "pageSize", 50));
        assertThat(sales.path("code").asInt()).as(sales.toString()).isZero();
        assertThat(sales.path("data").path("results").findValuesAsText("checkItem"))
                .contains("ID2_CHECK", "ID3_FACE", "MOBILE3_CHECK").doesNotContain("MOBILE_STATUS");
    }

    @Test
    void crmEndpointsNeedTheCheckItemMenu() {
        JsonNode r = crmWithoutMenu().post("/mt/crm/checkItem/list", Map.of());
        assertThat(r.path("_status").asInt()).isEqualTo(403);
        assertThat(r.path("code").asInt()).isEqualTo(40300);
    }

    @Test
    void everyProductChangeLeavesOneCheckItemChangedRowAndNoChangeLeavesNone() {
        String code = addProduct(uniqueCode("IT_EVT"), Map.of());
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(1);
        Map<String, Object> first = jdbc.queryForMap(
                "select topic, payload::text as payload from outbox_event where event_type = ? and aggregate_id = ?",
                EventTypes.CHECK_ITEM_CHANGED, code);
        assertThat(first.get("topic")).isEqualTo(Topics.APICALL_EVENT);
        assertThat((String) first.get("payload")).contains("\"checkItem\": \"" + code + "\"", "\"state\": -1",
                "\"isFusion\": false", "\"version\": 0");

        JsonNode edit = crm().post("/mt/crm/checkItem/edit", Map.of("itemCode", code, "price", 0.8,
                "encryptableList", List.of(3, 1)));
        assertThat(edit.path("code").asInt()).as(edit.toString()).isZero();
        assertThat(edit.path("data").path("price").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(2);
        String latest = jdbc.queryForObject("select payload::text from outbox_event where event_type = ? and "
                + "aggregate_id = ? order by id desc limit 1", String.class, EventTypes.CHECK_ITEM_CHANGED, code);
        assertThat(latest).contains("\"version\": 1", "\"encryptableList\": [1, 3]");

        // the same values again: nothing changes, nothing is published
        crm().post("/mt/crm/checkItem/edit", Map.of("itemCode", code, "price", 0.80));
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(2);
        // repeating the add is an idempotent success; another name for the code is refused
        assertThat(crm().post("/mt/crm/checkItem/add", Map.of("checkItem", code, "itemName",
                "测试产品" + code.substring(code.length() - 4), "price", 0.8)).path("code").asInt()).isZero();
        assertThat(crm().post("/mt/crm/checkItem/add", Map.of("checkItem", code, "itemName", "别的名字"))
                .path("code").asInt()).isEqualTo(40920);
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(2);
    }

    @Test
    void badProductInputIsRefusedWithoutWriting() {
        String code = uniqueCode("IT_BAD");
        assertThat(crm().post("/mt/crm/checkItem/add", Map.of("checkItem", code)).path("code").asInt())
                .isEqualTo(40001);
        assertThat(crm().post("/mt/crm/checkItem/add", Map.of("checkItem", code, "itemName", "x", "checkType", 999))
                .path("code").asInt()).isEqualTo(40001);
        assertThat(crm().post("/mt/crm/checkItem/add", Map.of("checkItem", code, "itemName", "x",
                "encryptableList", List.of(9))).path("code").asInt()).isEqualTo(40001);
        assertThat(crm().post("/mt/crm/checkItem/add", Map.of("checkItem", code, "itemName", "x", "price", 1,
                "floorPrice", 2)).path("code").asInt()).isEqualTo(40001);
        assertThat(crm().post("/mt/crm/checkItem/edit", Map.of("itemCode", "NO_SUCH_ITEM", "price", 1))
                .path("code").asInt()).isEqualTo(40400);
        assertThat(jdbc.queryForObject("select count(*) from check_item where check_item = ?", Long.class, code))
                .isZero();
    }

    @Test
    void fusionSubItemsMustExistAndNotBeFusionProducts() {
        String part = addProduct(uniqueCode("IT_PART"), Map.of());
        String fusion = addProduct(uniqueCode("IT_FUS"), Map.of("isFusion", true, "checkType", 112));
        String plain = addProduct(uniqueCode("IT_PLAIN"), Map.of());

        JsonNode unknown = crm().post("/mt/crm/checkItem/saveDefaultSubItems",
                Map.of("checkItem", fusion, "subItems", List.of(part, "NO_SUCH_ITEM")));
        assertThat(unknown.path("code").asInt()).as(unknown.toString()).isEqualTo(40400);
        assertThat(unknown.path("msg").asText()).contains("NO_SUCH_ITEM");

        assertThat(crm().post("/mt/crm/checkItem/saveDefaultSubItems",
                Map.of("checkItem", fusion, "subItems", List.of("RISK_FUSION"))).path("code").asInt())
                .isEqualTo(40922);
        assertThat(crm().post("/mt/crm/checkItem/saveDefaultSubItems",
                Map.of("checkItem", fusion, "subItems", List.of(fusion))).path("code").asInt())
                .isEqualTo(40922);
        assertThat(crm().post("/mt/crm/checkItem/saveDefaultSubItems",
                Map.of("checkItem", plain, "subItems", List.of(part))).path("code").asInt())
                .isEqualTo(40921);
        long before = outboxCount(EventTypes.CHECK_ITEM_CHANGED, fusion);

        JsonNode ok = crm().post("/mt/crm/checkItem/saveDefaultSubItems",
                Map.of("checkItem", fusion, "subItems", List.of(part, "ID2_CHECK", part)));
        assertThat(ok.path("code").asInt()).as(ok.toString()).isZero();
        assertThat(ok.path("data").path("subItems").asText()).isEqualTo(part + ",ID2_CHECK");
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, fusion)).isEqualTo(before + 1);

        // a sub-item can neither be deleted nor become a fusion product; the fusion product cannot stop being one
        long partId = jdbc.queryForObject("select id from check_item where check_item = ?", Long.class, part);
        assertThat(crm().post("/mt/crm/checkItem/delete", Map.of("id", partId)).path("code").asInt())
                .isEqualTo(40923);
        assertThat(crm().post("/mt/crm/checkItem/edit", Map.of("itemCode", part, "isFusion", true))
                .path("code").asInt()).isEqualTo(40923);
        assertThat(crm().post("/mt/crm/checkItem/edit", Map.of("itemCode", fusion, "isFusion", false))
                .path("code").asInt()).isEqualTo(40925);
    }

    @Test
    void deleteIsSoftIdempotentAndOnlyOffTheShelf() {
        String code = addProduct(uniqueCode("IT_DEL"), Map.of());
        long id = jdbc.queryForObject("select id from check_item where check_item = ?", Long.class, code);
        assertThat(crm().post("/mt/crm/checkItem/delete", Map.of("id", 7)).path("code").asInt())
                .as("ENT_BASIC is on the shelf").isEqualTo(40924);
        JsonNode deleted = crm().post("/mt/crm/checkItem/delete", Map.of("id", id));
        assertThat(deleted.path("code").asInt()).as(deleted.toString()).isZero();
        assertThat(deleted.path("data").asText()).isEqualTo(code);
        assertThat(crm().post("/mt/crm/checkItem/delete", Map.of("id", id)).path("code").asInt()).isZero();
        assertThat(crm().post("/mt/crm/checkItem/delete", Map.of("id", 99_999_999)).path("code").asInt())
                .isEqualTo(40400);
        assertThat(crm().post("/mt/crm/checkItem/list", Map.of("checkItemList", List.of(code)))
                .path("data").path("total").asLong()).isZero();
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(2);
        // the code is reserved: add revives it
        addProduct(code, Map.of());
        assertThat(crm().post("/mt/crm/checkItem/list", Map.of("checkItemList", List.of(code)))
                .path("data").path("total").asLong()).isEqualTo(1);
    }
}
