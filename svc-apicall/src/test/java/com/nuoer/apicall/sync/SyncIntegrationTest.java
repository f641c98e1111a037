package com.nuoer.apicall.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.Api;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.session.MenuCodes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sync* endpoints: only the peer environment (service identity or crm:sync account), upsert by natural key. */
class SyncIntegrationTest extends ApicallIntegrationBase {

    @Test
    void userSessionsAreRefusedOnTheSeedPathsAndTheInternalTwins() {
        String code = uniqueCode("IT_SYNCU");
        Map<String, Object> body = Map.of("checkItem", code, "itemName", "同步产品");
        for (String path : List.of("/mt/crm/checkItem/syncAdd", "/internal/apicall/checkItem/syncAdd")) {
            JsonNode r = crm().post(path, body);
            assertThat(r.path("_status").asInt()).as(path).isEqualTo(403);
            assertThat(r.path("code").asInt()).isEqualTo(40300);
        }
        for (String path : List.of("/mt/crm/checkItem/syncEdit", "/mt/crm/checkItem/syncSaveDefaultSubItems",
                "/mt/crm/checkItem/datasource/syncSave", "/mt/crm/checkItem/upstream/syncSave")) {
            JsonNode r = crm().post(path, Map.of("checkItem", "RISK_FUSION", "itemCode", "RISK_FUSION",
                    "subItems", List.of("ID2_CHECK"), "dataSourceCode", "SANDBOX", "dataSourceName", "x",
                    "service", "SandboxUpstream", "datasourceCode", "SANDBOX"));
            assertThat(r.path("_status").asInt()).as(path).isEqualTo(403);
        }
        // a service identity is not accepted on /mt/** at all (identity filter)
        assertThat(service().post("/mt/crm/checkItem/syncAdd", body).path("_status").asInt()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from check_item where check_item = ?", Long.class, code))
                .isZero();
    }

    @Test
    void theCallerIsCheckedBeforeTheBody() {
        // issue 15 (isolation matrix): an invalid body must not turn the 403 into a 400 listing the field rules
        Api peer = Api.crm(List.of(MenuCodes.CRM_SYNC), http, json, signer);
        for (String path : List.of("/mt/crm/checkItem/syncAdd", "/mt/crm/checkItem/syncEdit",
                "/mt/crm/checkItem/syncSaveDefaultSubItems", "/mt/crm/checkItem/datasource/syncSave",
                "/mt/crm/checkItem/upstream/syncSave")) {
            JsonNode refused = crm().post(path, Map.of());
            assertThat(refused.path("_status").asInt()).as(path).isEqualTo(403);
            assertThat(refused.path("code").asInt()).as(path).isEqualTo(40300);
            JsonNode invalid = peer.post(path, Map.of());
            assertThat(invalid.path("_status").asInt()).as(path).isEqualTo(400);
            assertThat(invalid.path("code").asInt()).as(path).isEqualTo(40001);
        }
    }

    @Test
    void thePeerIntegrationAccountSyncsOnTheSeedPath() {
        String code = uniqueCode("IT_SYNCP");
        Api peer = Api.crm(List.of(MenuCodes.CRM_SYNC), http, json, signer);
        JsonNode r = peer.post("/mt/crm/checkItem/syncAdd", Map.of("checkItem", code, "itemName", "对端同步产品"));
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from check_item where check_item = ?", Long.class, code))
                .isEqualTo(1);
    }

    @Test
    void servicesUpsertProductsDataSourcesAndUpstreamsByNaturalKey() {
        String code = uniqueCode("IT_SYNC");
        JsonNode created = service().post("/internal/apicall/checkItem/syncAdd",
                Map.of("checkItem", code, "itemName", "同步产品一", "price", 0.6, "syncOtherEnv", true));
        assertThat(created.path("code").asInt()).as(created.toString()).isZero();
        long id = jdbc.queryForObject("select id from check_item where check_item = ?", Long.class, code);

        JsonNode again = service().post("/internal/apicall/checkItem/syncAdd",
                Map.of("checkItem", code, "itemName", "同步产品一（改名）", "price", 0.7));
        assertThat(again.path("code").asInt()).isZero();
        JsonNode edited = service().post("/internal/apicall/checkItem/syncEdit",
                Map.of("itemCode", code, "floorPrice", 0.5, "isFusion", true));
        assertThat(edited.path("code").asInt()).as(edited.toString()).isZero();
        Map<String, Object> row = jdbc.queryForMap("select id, item_name, price, floor_price, is_fusion from check_item"
                + " where check_item = ?", code);
        assertThat(((Number) row.get("id")).longValue()).isEqualTo(id);
        assertThat(row.get("item_name")).isEqualTo("同步产品一（改名）");
        assertThat(row.get("price").toString()).isEqualTo("0.7000");
        assertThat(row.get("is_fusion")).isEqualTo(true);
        assertThat(outboxCount(EventTypes.CHECK_ITEM_CHANGED, code)).isEqualTo(3);

        // syncEdit of a code unknown here creates it
        String other = uniqueCode("IT_SYNCE");
        assertThat(service().post("/internal/apicall/checkItem/syncEdit",
                Map.of("itemCode", other, "itemName", "另一环境的产品")).path("code").asInt()).isZero();
        assertThat(service().post("/internal/apicall/checkItem/syncSaveDefaultSubItems",
                Map.of("checkItem", code, "subItems", List.of("ID2_CHECK", "MOBILE_STATUS"))).path("code").asInt())
                .isZero();
        assertThat(jdbc.queryForList("select sub_item from check_item_sub_item where check_item_id = ? order by sort",
                String.class, id)).containsExactly("ID2_CHECK", "MOBILE_STATUS");

        String ds = uniqueCode("IT_DS");
        assertThat(service().post("/internal/apicall/checkItem/datasource/syncSave",
                Map.of("id", 424242, "dataSourceCode", ds, "dataSourceName", "同步数据源")).path("code").asInt())
                .isZero();
        assertThat(service().post("/internal/apicall/checkItem/datasource/syncSave",
                Map.of("id", 737373, "dataSourceCode", ds, "dataSourceName", "同步数据源（改名）")).path("code").asInt())
                .isZero();
        assertThat(jdbc.queryForList("select data_source_name from data_source where data_source_code = ?",
                String.class, ds)).containsExactly("同步数据源（改名）");

        Map<String, Object> upstream = new java.util.HashMap<>(Map.of("id", 999, "checkItem", other,
                "datasourceCode", ds, "service", "PeerConnector", "priority", 1, "cost", 0.3,
                "reqSecret", "peer-secret-0001"));
        assertThat(service().post("/internal/apicall/checkItem/upstream/syncSave", upstream).path("code").asInt())
                .isZero();
        upstream.put("priority", 2);
        JsonNode up = service().post("/internal/apicall/checkItem/upstream/syncSave", upstream);
        assertThat(up.path("code").asInt()).isZero();
        assertThat(up.path("data").path("reqSecret").asText()).doesNotContain("peer-secret");
        assertThat(jdbc.queryForList("select priority from upstream_config where check_item = ?", Integer.class,
                other)).containsExactly(2);
    }

    @Test
    void servicesReadProductSnapshotsOverTheInternalApi() {
        JsonNode r = service().get("/internal/apicall/checkItem/snapshots?codes=RISK_FUSION,ID2_CHECK");
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        assertThat(r.path("data").findValuesAsText("checkItem")).containsExactly("ID2_CHECK", "RISK_FUSION");
        JsonNode fusion = r.path("data").get(1);
        assertThat(fusion.path("isFusion").asBoolean()).isTrue();
        assertThat(fusion.path("subItems").toString()).isEqualTo("[\"ID2_CHECK\",\"MOBILE3_CHECK\",\"MOBILE_ONLINE_TIME\"]");
    }
}
