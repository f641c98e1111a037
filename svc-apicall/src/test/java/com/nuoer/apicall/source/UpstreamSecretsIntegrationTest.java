package com.nuoer.apicall.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Upstream credentials: encrypted at rest, masked in every list and answer, for crm and always for sales. */
class UpstreamSecretsIntegrationTest extends ApicallIntegrationBase {

    private static final String KEY = "hx-app-key-PLAINKEY-7781";
    private static final String SECRET = "hx-secret-PLAINSECRET-9a8b";

    @Autowired
    CredentialCipher cipher;

    private Map<String, Object> save(String scene) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkItem", "ID2_CHECK");
        body.put("datasourceCode", "HUAXIN_DATA");
        body.put("scene", scene);
        body.put("priority", 5);
        body.put("service", "HuaxinIdVerifyConnector");
        body.put("reqKey", KEY);
        body.put("reqSecret", SECRET);
        body.put("reqUrl", "https://api.huaxin-data.example/v2/id/verify2");
        body.put("cost", 0.1234);
        return body;
    }

    @Test
    void credentialsAreEncryptedInTheDatabaseAndMaskedInListsAndForSales() {
        String scene = uniqueCode("loan");
        String saved = crm().postRaw("/mt/crm/checkItem/upstream/save", save(scene));
        assertThat(saved).contains("\"code\":0").doesNotContain("PLAINKEY", "PLAINSECRET");

        Map<String, Object> row = jdbc.queryForMap(
                "select id, req_key, req_secret, cost from upstream_config where scene = ?", scene);
        String storedKey = (String) row.get("req_key");
        String storedSecret = (String) row.get("req_secret");
        assertThat(storedKey).startsWith(CredentialCipher.PREFIX).doesNotContain("PLAINKEY");
        assertThat(storedSecret).startsWith(CredentialCipher.PREFIX).doesNotContain("PLAINSECRET");
        assertThat(cipher.decrypt(storedKey)).isEqualTo(KEY);
        assertThat(cipher.decrypt(storedSecret)).isEqualTo(SECRET);
        assertThat(row.get("cost").toString()).isEqualTo("0.1234");

        Map<String, Object> filter = Map.of("checkItem", "ID2_CHECK", "nonPage", true);
        String crmList = crm().postRaw("/mt/crm/checkItem/upstream/list", filter);
        String salesList = sales().postRaw("/mt/sales/bee/upstream/list", filter);
        for (String list : List.of(crmList, salesList)) {
            assertThat(list).contains("\"code\":0", scene, "9a8b").doesNotContain("PLAINKEY", "PLAINSECRET",
                    "enc:v1:");
        }
        // the demo vendor secrets are masked too
        assertThat(salesList).doesNotContain("hxS3cr3t");

        // sending the masked value back keeps the stored secret; a new value replaces it
        long id = ((Number) row.get("id")).longValue();
        JsonNode listed = sales().post("/mt/sales/bee/upstream/list", filter);
        String masked = null;
        for (JsonNode r : listed.path("data").path("results")) {
            if (r.path("id").asLong() == id) {
                masked = r.path("reqSecret").asText();
            }
        }
        assertThat(masked).endsWith("9a8b").contains("****");
        Map<String, Object> edit = new LinkedHashMap<>(save(scene));
        edit.put("id", id);
        edit.put("reqSecret", masked);
        edit.put("reqKey", null);
        assertThat(crm().post("/mt/crm/checkItem/upstream/save", edit).path("code").asInt()).isZero();
        assertThat(cipher.decrypt(jdbc.queryForObject("select req_secret from upstream_config where id = ?",
                String.class, id))).isEqualTo(SECRET);
        assertThat(cipher.decrypt(jdbc.queryForObject("select req_key from upstream_config where id = ?",
                String.class, id))).isEqualTo(KEY);
    }

    @Test
    void upstreamRulesAreEnforced() {
        String scene = uniqueCode("dup");
        assertThat(crm().post("/mt/crm/checkItem/upstream/save", save(scene)).path("code").asInt()).isZero();
        assertThat(crm().post("/mt/crm/checkItem/upstream/save", save(scene)).path("code").asInt())
                .as("same product, source and scene").isEqualTo(40940);
        long id = jdbc.queryForObject("select id from upstream_config where scene = ?", Long.class, scene);
        Map<String, Object> move = new LinkedHashMap<>(save(scene));
        move.put("id", id);
        move.put("checkItem", "ID3_FACE");
        assertThat(crm().post("/mt/crm/checkItem/upstream/save", move).path("code").asInt()).isEqualTo(40941);
        Map<String, Object> noSource = new LinkedHashMap<>(save(scene + "x"));
        noSource.remove("datasourceCode");
        assertThat(crm().post("/mt/crm/checkItem/upstream/save", noSource).path("code").asInt()).isEqualTo(40001);
        assertThat(crm().post("/mt/crm/checkItem/upstream/list", Map.of()).path("code").asInt())
                .as("checkItem or dataSourceId required").isEqualTo(40001);
        // a data source in use cannot be deleted, the built-in one never
        assertThat(crm().post("/mt/crm/checkItem/datasource/delete", Map.of("id", 2)).path("code").asInt())
                .isEqualTo(40932);
        assertThat(crm().post("/mt/crm/checkItem/datasource/delete", Map.of("id", 1)).path("code").asInt())
                .isEqualTo(40933);
        // the code of a data source never changes
        assertThat(crm().post("/mt/crm/checkItem/datasource/save",
                Map.of("id", 2, "dataSourceCode", "OTHER_CODE", "dataSourceName", "x")).path("code").asInt())
                .isEqualTo(40931);
    }
}
