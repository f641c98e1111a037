package com.nuoer.apicall.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.common.session.MenuCodes;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** 2.1.1-2.1.3 through HTTP: scoping to the caller's developer account, validation, upsert. */
class BeebackForewarnIntegrationTest extends ApicallIntegrationBase {

    private Caller demo() {
        return Caller.beeback(3, 1, 1, "杭州演示科技有限公司", http, json, signer);
    }

    private Caller demo2() {
        return Caller.beeback(301, 301, 301, "上海第二演示数据有限公司", http, json, signer);
    }

    private static List<String> codes(JsonNode r) {
        return StreamSupport.stream(r.path("data").spliterator(), false).map(n -> n.path("checkItem").asText())
                .toList();
    }

    @Test
    void org301CannotReadOrDeleteOrg1sRules() {
        JsonNode mine = demo2().post("/mt/beeback/forewarn/itemList", Map.of());
        assertThat(mine.path("code").asInt()).as(mine.toString()).isZero();
        assertThat(codes(mine)).containsExactly("ID2_CHECK");
        assertThat(mine.path("data").get(0).path("errorCount").asInt()).isEqualTo(5);
        assertThat(mine.path("data").get(0).path("contactList").get(0).path("id").asLong()).isEqualTo(303);

        JsonNode delete = demo2().post("/mt/beeback/forewarn/deleteItem", Map.of("checkItemList", List.of("MOBILE3_CHECK")));
        assertThat(delete.path("code").asInt()).isEqualTo(40473);
        assertThat(delete.path("_status").asInt()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                "select count(*) from forewarn_item where dept_id = 1 and check_item = 'MOBILE3_CHECK'", Long.class))
                .isEqualTo(1);

        JsonNode theirs = demo().post("/mt/beeback/forewarn/itemList", Map.of("queryForAdd", false));
        assertThat(codes(theirs)).contains("ID2_CHECK", "MOBILE3_CHECK");
        assertThat(theirs.toString()).doesNotContain("\"id\":303");
    }

    @Test
    void configuringTwiceReplacesTheRuleAndDeleteRemovesIt() {
        Caller c = Caller.beeback(9001, 9001, 9001, "测试机构9001", http, json, signer);
        JsonNode first = c.post("/mt/beeback/forewarn/configItem", Map.of("checkItemList", List.of("ENT_BASIC", "ID2_CHECK"),
                "periodSeconds", 300, "errorCount", 10, "contacts", List.of(11, 12)));
        assertThat(first.path("code").asInt()).as(first.toString()).isZero();
        JsonNode again = c.post("/mt/beeback/forewarn/configItem", Map.of("checkItemList", List.of("ENT_BASIC"),
                "periodSeconds", 120, "errorCount", 3, "contacts", List.of(12)));
        assertThat(again.path("code").asInt()).isZero();
        assertThat(jdbc.queryForMap("""
                select period_seconds, error_count, contact_ids::text as c, organization_id from forewarn_item
                where dept_id = 9001 and check_item = 'ENT_BASIC'"""))
                .containsEntry("period_seconds", 120).containsEntry("error_count", 3).containsEntry("c", "[12]")
                .containsEntry("organization_id", 9001L);

        JsonNode forAdd = c.post("/mt/beeback/forewarn/itemList", Map.of("queryForAdd", true));
        assertThat(codes(forAdd)).doesNotContain("ENT_BASIC", "ID2_CHECK").isNotEmpty();

        assertThat(c.post("/mt/beeback/forewarn/deleteItem", Map.of("checkItemList", List.of("ENT_BASIC", "ID2_CHECK")))
                .path("code").asInt()).isZero();
        assertThat(codes(c.post("/mt/beeback/forewarn/itemList", Map.of()))).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAClearEnvelope() {
        Caller c = demo();
        assertThat(c.post("/mt/beeback/forewarn/configItem", Map.of("checkItemList", List.of("ID2_CHECK"),
                "periodSeconds", 5, "errorCount", 1, "contacts", List.of(301))).path("code").asInt()).isEqualTo(40001);
        assertThat(c.post("/mt/beeback/forewarn/configItem", Map.of("checkItemList", List.of("ID2_CHECK"),
                "periodSeconds", 60, "errorCount", 0, "contacts", List.of(301))).path("code").asInt()).isEqualTo(40001);
        assertThat(c.post("/mt/beeback/forewarn/configItem", Map.of("checkItemList", List.of("ID2_CHECK"),
                "periodSeconds", 60, "errorCount", 1, "contacts", List.of())).path("code").asInt()).isEqualTo(40001);
        JsonNode unknown = c.post("/mt/beeback/forewarn/configItem", Map.of("checkItemList", List.of("NOPE_X"),
                "periodSeconds", 60, "errorCount", 1, "contacts", List.of(301)));
        assertThat(unknown.path("code").asInt()).isEqualTo(40470);
        assertThat(unknown.path("_status").asInt()).isEqualTo(404);
        assertThat(c.post("/mt/beeback/forewarn/deleteItem", Map.of()).path("code").asInt()).isEqualTo(40001);
    }

    @Test
    void otherAppsSessionsAreRefused() {
        JsonNode r = Caller.crm(List.of(MenuCodes.CRM_MODEL), http, json, signer)
                .post("/mt/beeback/forewarn/itemList", Map.of());
        assertThat(r.path("_status").asInt()).isEqualTo(403);
    }
}
