package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.e2e.robust.DbSnapshot;
import com.nuoer.e2e.robust.Probe;
import com.nuoer.e2e.robust.SeedEndpoints;
import com.nuoer.e2e.robust.SeedEndpoints.Endpoint;
import com.nuoer.e2e.robust.SeedEndpoints.Param;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, tenant isolation matrix, generated from the seed so that no endpoint is forgotten:
 * <ol>
 * <li>customer A ({@code demo}, org/dept 1) calls every beeback endpoint with customer B's real identifiers
 * ({@code demo2}, 上海第二演示数据有限公司, org/dept 301 — harvested from B's own answers and the demo data), and every
 * reading beeback endpoint without identifiers;</li>
 * <li>a salesman ({@code sales01}) calls every sales endpoint with the identifiers of another salesman's customer
 * ({@code sales02}: 上海云帆金融信息服务有限公司, org/dept 202), and every reading sales endpoint without them;</li>
 * <li>an operator without the menus ({@code ops01}: 首页 + 客户列表 only) calls every crm endpoint outside them;</li>
 * <li>a token of another app calls /mt/crm/** and /mt/sales/** (beeback token), /mt/beeback/** and /mt/crm/**
 * (sales token) and /mt/beeback/** (crm token).</li>
 * </ol>
 * Expected: 403/404 envelopes (code ≠ 0, HTTP 4xx) — or, where the endpoint scopes by the session and ignores the
 * foreign id, code 0 — and never the other tenant's data: the answer contains none of its identifying strings
 * (company name, appId, mobile, email, tax number, statement/contract/task numbers …). A writing endpoint that
 * accepts a foreign identifier must not change anything (row checksums of every business table). Report:
 * {@code e2e/target/isolation-report.json}, one row per endpoint (checked / skipped with the reason).
 */
@ExtendWith(SuiteExtension.class)
class IsolationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Reviewed map: identifier parameter name (seed) → where the other tenant's real value comes from. "const:x" is a
     * value from the demo data SQL (svc-*\/src/main/resources/db/demo), "field:x" the values of field x in the
     * other tenant's own answers (harvested by calling its app's reading endpoints as that tenant), "section-id" the
     * ids the other tenant sees in the endpoint's own section (its list endpoint).
     */
    static final Map<String, List<String>> ID_SOURCES = new LinkedHashMap<>();

    static {
        for (String dept : List.of("deptId", "deptIdList", "deptIds", "compareDeptId", "departmentId")) {
            ID_SOURCES.put(dept, List.of("const:dept"));
        }
        for (String org : List.of("organizationId", "customerId", "customerIds", "orgId", "enterpriseId")) {
            ID_SOURCES.put(org, List.of("const:org"));
        }
        ID_SOURCES.put("merchantId", List.of("const:merchant"));
        ID_SOURCES.put("merchantIdList", List.of("const:merchant"));
        ID_SOURCES.put("userId", List.of("const:user"));
        ID_SOURCES.put("userIdList", List.of("const:user"));
        ID_SOURCES.put("appId", List.of("const:appId"));
        ID_SOURCES.put("syncAppId", List.of("const:appId"));
        for (String s : List.of("statementNo", "statementNoList", "billNo")) {
            ID_SOURCES.put(s, List.of("field:statementNo"));
        }
        ID_SOURCES.put("seqNo", List.of("field:seqNo"));
        ID_SOURCES.put("seqNos", List.of("field:seqNo"));
        ID_SOURCES.put("contractNo", List.of("field:contractNo", "const:contractNo"));
        ID_SOURCES.put("contractNoList", List.of("field:contractNo", "const:contractNo"));
        ID_SOURCES.put("paymentNo", List.of("field:paymentNo"));
        ID_SOURCES.put("invoiceNo", List.of("field:invoiceNo"));
        ID_SOURCES.put("invoiceId", List.of("field:invoiceId"));
        ID_SOURCES.put("applyNo", List.of("field:applyNo"));
        ID_SOURCES.put("applyId", List.of("field:applyId"));
        ID_SOURCES.put("billId", List.of("field:billId", "field:statementId"));
        for (String w : List.of("walletId", "assignWalletId", "fromWalletId", "toWalletId")) {
            ID_SOURCES.put(w, List.of("field:walletId"));
        }
        for (String d : List.of("deptItemId", "deptItemIdList", "deptItemIds", "fusionDeptItemId")) {
            ID_SOURCES.put(d, List.of("field:deptItemId"));
        }
        ID_SOURCES.put("taskId", List.of("const:taskId"));
        ID_SOURCES.put("opportunityId", List.of("field:opportunityId"));
        ID_SOURCES.put("opportunityIds", List.of("field:opportunityId"));
        ID_SOURCES.put("id", List.of("section-id"));
        ID_SOURCES.put("idList", List.of("section-id"));
        ID_SOURCES.put("ids", List.of("section-id"));
    }

    /** The other tenant of each matrix row: its constants (demo data SQL) and identifying strings. */
    record Tenant(String name, Map<String, String> constants, Set<String> strings) {
    }

    /** 上海第二演示数据有限公司: svc-customer R__demo_data_notify.sql, svc-billing R__demo_data_billing*.sql, svc-contract, svc-apicall tasks. */
    static final Tenant CUSTOMER_B = new Tenant("demo2", Map.of("dept", "301", "org", "301", "merchant", "100301",
            "user", "301", "appId", "nuoer_demo2_app01", "contractNo", "HT202603080004", "taskId", "5"),
            new LinkedHashSet<>(List.of("上海第二演示数据有限公司", "nuoer_demo2_app01", "13900000301",
                    "ops@demo2-data.example", "91310104MA1FDEMO2X", "HT202603080004", "T202611230830005",
                    "上海客户核验批次", "李第二")));
    /** sales02's customer 上海云帆金融信息服务有限公司 (org/dept 202, merchant 100202, user 212; R__demo_data_billing.sql). */
    static final Tenant SALES02_CUSTOMER = new Tenant("sales02-customer", Map.of("dept", "202", "org", "202",
            "merchant", "100202", "user", "212", "appId", "nuoer_yunfan_app01", "contractNo", "HT-none", "taskId", "-"),
            new LinkedHashSet<>(List.of("上海云帆金融信息服务有限公司", "nuoer_yunfan_app01", "liuyf@yunfan-fin.example",
                    "13661800212")));

    /** crm endpoints within ops01's menus (首页 crm:index, 客户列表 crm:customer) or without a menu: not called. */
    static final Pattern OPS01_ALLOWED = Pattern.compile("^/mt/crm/(index/.*|base/.*|customer/(list|detail/\\{[^}]+}|"
            + "edit|delete|activeApp|applyDeveloper|saveWhiteIpList|sendDeveloperInfo|organization/(add|list)))$");

    private static final Pattern IDENTIFYING_FIELD = Pattern.compile(
            "^(statementNo|seqNo|contractNo|paymentNo|invoiceNo|applyNo|taskNo|orderNo|appId|enterpriseNo)$");

    private Probe probe;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<String> leaks = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int checks;

    @Test
    void noTenantSeesOrChangesAnotherTenantsData(Suite suite) throws Exception {
        run(new Probe(suite), new DbSnapshot(suite));
        assertThat(leaks).as("another tenant's data in an answer (see e2e/target/isolation-report.json)").isEmpty();
        assertThat(failures).as("isolation failures (see e2e/target/isolation-report.json)").isEmpty();
    }

    /** Runs the matrix; prints the summary, writes the report; leaks and failures are in the fields. */
    void run(Probe probe, DbSnapshot snapshot) throws Exception {
        long started = System.nanoTime();
        this.probe = probe;
        List<Endpoint> all = SeedEndpoints.load();
        String demo = probe.login("beeback", "demo", "Demo@123");
        String demo2 = probe.login("beeback", "demo2", "Demo@123");
        String sales01 = probe.login("sales", "sales01", "Sales@123");
        String sales02 = probe.login("sales", "sales02", "Sales@123");
        String ops01 = probe.login("crm", "ops01", "Ops@123");
        String admin = probe.login("crm", "admin", "Admin@123");

        try (DbSnapshot db = snapshot) {
            db.calibrate(1500);
            // (a) customer A with customer B's identifiers
            Harvest b = harvest(all, "beeback", demo2);
            Harvest a = harvest(all, "beeback", demo);
            Set<String> bStrings = identifying(CUSTOMER_B, b, a);
            for (Endpoint e : all) {
                if (e.app().equals("beeback")) {
                    foreign("a customer-A→B", e, demo, CUSTOMER_B, b, bStrings, db);
                }
            }
            // (b) a salesman with another salesman's customer
            Harvest s2 = harvest(all, "sales", sales02);
            Harvest s1 = harvest(all, "sales", sales01);
            Set<String> s2Strings = identifying(SALES02_CUSTOMER, s2, s1);
            s2Strings.addAll(CUSTOMER_B.strings()); // nor the customer nobody maintains
            for (Endpoint e : all) {
                if (e.app().equals("sales")) {
                    foreign("b sales01→sales02", e, sales01, SALES02_CUSTOMER, s2, s2Strings, db);
                }
            }
            // (c) an operator without the menu
            for (Endpoint e : all) {
                if (!e.app().equals("crm")) {
                    continue;
                }
                if (OPS01_ALLOWED.matcher(e.path()).matches()) {
                    row("c ops01-menu", e, "skipped", "within ops01's menus (首页, 客户列表) or menu-free", null);
                    continue;
                }
                expectRefused("c ops01-menu", e, ops01, 403, db);
            }
            // (d) a token of another app
            Map<String, String> tokens = Map.of("beeback", demo, "sales", sales01, "crm", admin);
            Map<String, List<String>> refusedApps = Map.of("beeback", List.of("crm", "sales"),
                    "sales", List.of("beeback", "crm"), "crm", List.of("beeback"));
            for (Map.Entry<String, List<String>> entry : refusedApps.entrySet()) {
                for (Endpoint e : all) {
                    if (entry.getValue().contains(e.app())) {
                        expectRefused("d " + entry.getKey() + "-token", e, tokens.get(entry.getKey()), 403, db);
                    }
                }
            }
        }

        long endpoints = rows.stream().filter(r -> "checked".equals(r.get("result")) || "leak".equals(r.get("result"))
                || "failed".equals(r.get("result"))).map(r -> r.get("id")).distinct().count();
        long skipped = rows.stream().filter(r -> "skipped".equals(r.get("result"))).count();
        String summary = String.format("isolation: %d endpoints checked (%d checks), %d leaks, %d failures, %d rows "
                + "skipped, %d s", endpoints, checks, leaks.size(), failures.size(), skipped,
                (System.nanoTime() - started) / 1_000_000_000L);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("summary", summary);
        out.put("leaks", leaks);
        out.put("failures", failures);
        out.put("rows", rows);
        Path file = Paths.get(System.getProperty("nuoer.repo.root", "..")).toAbsolutePath().normalize()
                .resolve("e2e/target/isolation-report.json");
        Files.createDirectories(file.getParent());
        JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
        System.out.println(summary);
        leaks.forEach(l -> System.out.println("  LEAK " + l));
        failures.forEach(f -> System.out.println("  ISOLATION " + f));
    }

    List<String> leaks() {
        return leaks;
    }

    List<String> failures() {
        return failures;
    }

    // ------------------------------------------------------------------------------------------------ harvesting

    /** Values by field name (and ids by section) in a tenant's own answers to its app's reading endpoints. */
    record Harvest(Map<String, Set<String>> fields, Map<String, Set<String>> sectionIds) {
    }

    private Harvest harvest(List<Endpoint> all, String app, String token) throws Exception {
        Harvest h = new Harvest(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (Endpoint e : all) {
            if (!e.app().equals(app) || !e.readOnly() || e.kind().equals("download") || e.path().contains("{")) {
                continue;
            }
            ObjectNode body = e.body();
            body.put("nonPage", true);
            body.put("pageSize", 100);
            stripFilters(e, body);
            Probe.Answer answer = call(e, token, body, Map.of());
            if (answer.code() != 0) {
                continue;
            }
            collect(answer.json().path("data"), null, h.fields());
            String section = e.path().substring(0, e.path().lastIndexOf('/'));
            Set<String> ids = h.sectionIds().computeIfAbsent(section, k -> new LinkedHashSet<>());
            for (JsonNode id : answer.json().path("data").findValues("id")) {
                if (id.isValueNode() && !id.asText().isBlank()) {
                    ids.add(id.asText());
                }
            }
        }
        return h;
    }

    /** Example filters would narrow a tenant's own lists to nothing: drop every documented filter but paging. */
    private static void stripFilters(Endpoint e, ObjectNode body) {
        for (Param p : e.bodyParams()) {
            if (!p.required() && !List.of("pageNo", "pageSize", "nonPage", "largePage").contains(p.name())) {
                body.remove(p.name());
            }
        }
    }

    private static void collect(JsonNode node, String name, Map<String, Set<String>> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), f.getKey(), into));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, name, into));
        } else if (name != null && !node.isNull() && !node.asText().isBlank()) {
            into.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(node.asText());
        }
    }

    /** The other tenant's identifying strings: the fixed ones and its own numbers the caller does not share. */
    private static Set<String> identifying(Tenant other, Harvest theirs, Harvest mine) {
        Set<String> strings = new LinkedHashSet<>(other.strings());
        theirs.fields().forEach((field, values) -> {
            if (IDENTIFYING_FIELD.matcher(field).matches()) {
                for (String v : values) {
                    if (v.length() >= 8 && !mine.fields().getOrDefault(field, Set.of()).contains(v)) {
                        strings.add(v);
                    }
                }
            }
        });
        return strings;
    }

    // ------------------------------------------------------------------------------------------------ checks

    private void foreign(String row, Endpoint e, String token, Tenant other, Harvest theirs, Set<String> strings,
                         DbSnapshot db) throws Exception {
        List<Param> ids = new ArrayList<>();
        for (Param p : params(e)) {
            if (ID_SOURCES.containsKey(p.name())) {
                ids.add(p);
            }
        }
        if (ids.isEmpty()) {
            if (!e.readOnly()) {
                row(row, e, "skipped", "writing endpoint without an identifier parameter: acts on the caller's own "
                        + "data (its list answers are checked)", null);
                return;
            }
            ObjectNode body = e.body();
            stripFilters(e, body);
            Probe.Answer answer = call(e, token, body, Map.of());
            judge(row, e, "(no identifier: the caller's own list)", answer, strings, null, false);
            return;
        }
        boolean any = false;
        for (Param p : ids) {
            String value = valueFor(p, e, other, theirs);
            if (value == null) {
                row(row, e, "skipped", p.name() + ": the other tenant has no such value in its answers", null);
                continue;
            }
            any = true;
            ObjectNode body = e.body();
            Map<String, String> pathValues = new LinkedHashMap<>();
            if (e.pathParams().contains(p)) {
                pathValues.put(p.name(), value);
            } else if (p.isArray()) {
                ArrayNode array = NODES.arrayNode();
                array.add(numberOrText(value));
                body.set(p.name(), array);
            } else {
                body.set(p.name(), numberOrText(value));
            }
            Map<String, String> before = e.readOnly() ? null : db.take();
            Probe.Answer answer = call(e, token, body, pathValues);
            List<String> changed = before == null ? List.of() : DbSnapshot.diff(before, db.take());
            // a refusal may name the identifier the caller sent ("对账单 X 不存在"): that is not the other tenant's data
            Set<String> expected = new LinkedHashSet<>(strings);
            if (answer.code() != 0) {
                expected.remove(value);
            }
            judge(row, e, p.name() + "=" + value, answer, expected, changed, !e.readOnly());
        }
        if (!any && rows.stream().noneMatch(r -> e.id().equals(r.get("id")) && row.equals(r.get("row"))
                && !"skipped".equals(r.get("result")))) {
            return;
        }
    }

    private static String valueFor(Param p, Endpoint e, Tenant other, Harvest theirs) {
        for (String source : ID_SOURCES.get(p.name())) {
            if (source.startsWith("const:")) {
                String v = other.constants().get(source.substring(6));
                if (v != null && !v.equals("-") && !v.equals("HT-none")) {
                    return v;
                }
            } else if (source.startsWith("field:")) {
                Set<String> values = theirs.fields().get(source.substring(6));
                if (values != null && !values.isEmpty()) {
                    return values.iterator().next();
                }
            } else if (source.equals("section-id")) {
                String section = e.path().replaceAll("/\\{[^}]+}", "");
                section = section.substring(0, section.lastIndexOf('/'));
                Set<String> values = theirs.sectionIds().get(section);
                if (values != null && !values.isEmpty()) {
                    return values.iterator().next();
                }
            }
        }
        return null;
    }

    private void judge(String row, Endpoint e, String what, Probe.Answer answer, Set<String> strings,
                       List<String> changed, boolean writing) {
        checks++;
        String text = answer.text() == null ? "" : answer.text();
        List<String> found = strings.stream().filter(text::contains).toList();
        String outcome = answer.code() == 0 ? "accepted, scoped to the caller" : "refused " + answer.status() + "/"
                + answer.code();
        if (!found.isEmpty()) {
            leaks.add(row + " " + e + " " + what + ": answer contains " + found);
            row(row, e, "leak", what + " → " + outcome + ", contains " + found, answer);
        } else if (answer.status() >= 500 || (!answer.isEnvelope() && !(e.kind().equals("download")
                && answer.status() == 200))) {
            failures.add(row + " " + e + " " + what + ": HTTP " + answer.status() + " " + abbreviate(text));
            row(row, e, "failed", what + " → HTTP " + answer.status(), answer);
        } else if (writing && answer.code() == 0 && changed != null && !changed.isEmpty()) {
            failures.add(row + " " + e + " " + what + ": a writing endpoint accepted the foreign identifier and "
                    + "changed " + changed);
            row(row, e, "failed", what + " → accepted and changed " + changed, answer);
        } else {
            row(row, e, "checked", what + " → " + outcome, answer);
        }
    }

    private void expectRefused(String row, Endpoint e, String token, int status, DbSnapshot db) throws Exception {
        checks++;
        ObjectNode body = e.body();
        Probe.Answer answer = call(e, token, body, Map.of());
        if (answer.status() == status && answer.isEnvelope() && answer.code() != 0) {
            row(row, e, "checked", "refused " + answer.status() + "/" + answer.code(), answer);
        } else {
            failures.add(row + " " + e + ": expected HTTP " + status + " envelope, got " + answer.status() + " "
                    + abbreviate(answer.text()));
            row(row, e, "failed", "expected " + status + ", got " + answer.status() + "/" + answer.code(), answer);
        }
    }

    private Probe.Answer call(Endpoint e, String token, ObjectNode body, Map<String, String> pathValues)
            throws Exception {
        Map<String, String> path = new LinkedHashMap<>();
        for (Param p : e.pathParams()) {
            path.put(p.name(), p.example() == null || p.example().isBlank() ? "1" : p.example());
        }
        path.putAll(pathValues);
        Map<String, String> query = SeedEndpoints.exampleQuery(e);
        for (Param p : e.queryParams()) {
            if (body.has(p.name())) {
                JsonNode v = body.get(p.name());
                query.put(p.name(), v.isArray() ? (v.size() > 0 ? v.get(0).asText() : "") : v.asText());
            }
        }
        String url = Probe.path(e.path(), path, query);
        if (e.kind().equals("upload")) {
            return probe.send("POST", url, token, "multipart/form-data; boundary=iso", "--iso--\r\n");
        }
        if (e.method().equals("GET")) {
            return probe.send("GET", url, token, null, null);
        }
        return probe.send(e.method(), url, token, "application/json", JSON.writeValueAsString(body));
    }

    private static List<Param> params(Endpoint e) {
        List<Param> list = new ArrayList<>(e.pathParams());
        list.addAll(e.queryParams());
        list.addAll(e.bodyParams());
        return list;
    }

    private static JsonNode numberOrText(String value) {
        if (value.matches("-?\\d{1,18}")) {
            return NODES.numberNode(Long.parseLong(value));
        }
        return NODES.textNode(value);
    }

    private void row(String row, Endpoint e, String result, String detail, Probe.Answer answer) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("row", row);
        r.put("id", e.id());
        r.put("endpoint", e.method() + " " + e.path());
        r.put("result", result);
        r.put("detail", detail);
        if (answer != null) {
            r.put("status", answer.status());
            r.put("code", answer.code());
        }
        rows.add(r);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
