package com.nuoer.e2e.robust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.e2e.robust.SeedEndpoints.Endpoint;
import com.nuoer.e2e.robust.SeedEndpoints.Param;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Generates the fuzz cases of one endpoint from its seed parameters: wrong JSON types per documented field, missing
 * required fields, nulls, empty and 1 MB strings, negative and huge numbers, bad dates and months, bad enum values,
 * SQL/script-looking strings, unknown fields, malformed JSON, wrong content types, an empty body and a wrong HTTP
 * method. Each case says whether the service must reject it (code ≠ 0, HTTP 4xx) or may accept it (a lenient field).
 * Seeded: the same seed gives the same cases.
 */
public final class FuzzCases {

    /** One request. body null = no body. mustReject: code ≠ 0 and HTTP 4xx expected; else any envelope but no 5xx. */
    public record Case(Endpoint endpoint, String kind, String field, boolean mustReject, String method,
                       String pathAndQuery, String contentType, String body) {
        public String label() {
            return endpoint.id() + " " + kind + (field == null ? "" : "(" + field + ")");
        }
    }

    static final String ONE_MB = "x".repeat(1024 * 1024);
    static final String LONG_QUERY = "y".repeat(3000);
    private static final Pattern DATE_NAME = Pattern.compile("(?i)(date|time|month|day|begin|start|end)$|^(month|date|day)");
    private static final Pattern DATE_DESC = Pattern.compile("(日期|时间|月份|yyyy|年月)");
    private static final Pattern ENUM_DESC = Pattern.compile("(\\d+\\s*[-:：=]\\s*[\\p{IsHan}A-Za-z])");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FuzzCases() {
    }

    public static List<Case> of(Endpoint e, long seed, int cap) {
        List<Case> always = new ArrayList<>();
        List<Case> sampled = new ArrayList<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Param p : e.pathParams()) {
            pathValues.put(p.name(), p.example() == null || p.example().isBlank() ? "1" : p.example());
        }
        Map<String, String> query = SeedEndpoints.exampleQuery(e);
        String url = Probe.path(e.path(), pathValues, query);
        boolean hasBody = e.isJsonBody() && !e.bodyParams().isEmpty();
        boolean bodyRequired = e.bodyParams().stream().anyMatch(Param::required);
        String json = "application/json";

        // wrong HTTP method
        if (e.method().equals("GET")) {
            always.add(new Case(e, "wrong-method POST", null, true, "POST", url, json, "{}"));
            sampled.add(new Case(e, "wrong-method PUT", null, true, "PUT", url, json, "{}"));
        } else {
            always.add(new Case(e, "wrong-method GET", null, true, "GET", url, null, null));
            sampled.add(new Case(e, "wrong-method DELETE", null, true, "DELETE", url, null, null));
        }

        if (e.kind().equals("upload")) {
            always.add(new Case(e, "json-instead-of-multipart", null, true, "POST", url, json, "{}"));
            always.add(new Case(e, "empty-multipart", null, true, "POST", url,
                    "multipart/form-data; boundary=fuzzfuzz", "--fuzzfuzz--\r\n"));
            always.add(new Case(e, "malformed-multipart", null, true, "POST", url,
                    "multipart/form-data; boundary=fuzzfuzz", "--fuzzfuzz\r\nContent-Disposition: form-data\r\n"));
        } else if (e.isJsonBody()) {
            String example = write(e.body());
            // an endpoint documenting no body does not read it: broken JSON may be ignored there
            always.add(new Case(e, "malformed-json", null, hasBody, "POST", url, json,
                    "{\"" + firstName(e) + "\": "));
            sampled.add(new Case(e, "malformed-json-garbage", null, hasBody, "POST", url, json, "not json at all"));
            sampled.add(new Case(e, "json-array-body", null, hasBody, "POST", url, json, "[1, 2]"));
            sampled.add(new Case(e, "json-null-body", null, bodyRequired, "POST", url, json, "null"));
            always.add(new Case(e, "content-type text/plain", null, hasBody, "POST", url, "text/plain", example));
            sampled.add(new Case(e, "content-type form", null, hasBody, "POST", url,
                    "application/x-www-form-urlencoded", "a=1&b=2"));
            always.add(new Case(e, "empty-body", null, bodyRequired, "POST", url, json, ""));
            ObjectNode unknown = e.body();
            unknown.put("zzUnknownField", "fuzz");
            sampled.add(new Case(e, "unknown-field", "zzUnknownField", false, "POST", url, json, write(unknown)));
            for (Param p : e.bodyParams()) {
                for (Variant v : variants(p)) {
                    ObjectNode body = e.body();
                    if (v.value == MISSING) {
                        body.remove(p.name());
                    } else {
                        body.set(p.name(), v.value);
                    }
                    Case c = new Case(e, v.kind, p.name(), v.mustReject, "POST", url, json, write(body));
                    (v.always ? always : sampled).add(c);
                }
            }
        }
        // query parameters (GET endpoints, and POSTs documenting query params)
        for (Param p : e.queryParams()) {
            for (Variant v : variants(p)) {
                if (v.value != MISSING && (v.value.isContainerNode())) {
                    continue;
                }
                Map<String, String> q = new LinkedHashMap<>(query);
                if (v.value == MISSING) {
                    q.remove(p.name());
                } else {
                    String text = v.value.isNull() ? "" : v.value.asText();
                    if (text.length() > 100_000) {
                        text = LONG_QUERY;
                    }
                    q.put(p.name(), text);
                }
                String body = e.method().equals("GET") ? null : write(e.body());
                Case c = new Case(e, "query " + v.kind, p.name(), v.mustReject && !v.kind.equals("oversize-string"),
                        e.method(), Probe.path(e.path(), pathValues, q), body == null ? null : json, body);
                (v.always ? always : sampled).add(c);
            }
        }
        for (Param p : e.pathParams()) {
            for (String[] v : List.of(new String[] {"path wrong-type", "abc", "true"},
                    new String[] {"path huge", "99999999999999999999999", "true"}, new String[] {"path negative", "-1", "false"},
                    new String[] {"path sql", "1' OR '1'='1", "true"})) {
                Map<String, String> pv = new LinkedHashMap<>(pathValues);
                pv.put(p.name(), v[1]);
                boolean must = Boolean.parseBoolean(v[2]) && (p.isNumber() || v[0].equals("path huge"));
                String body = e.method().equals("GET") ? null : write(e.body());
                always.add(new Case(e, v[0], p.name(), must, e.method(), Probe.path(e.path(), pv, query),
                        body == null ? null : json, body));
            }
        }
        Random random = new Random(seed ^ e.id().hashCode());
        Collections.shuffle(sampled, random);
        List<Case> cases = new ArrayList<>(always);
        for (Case c : sampled) {
            if (cases.size() >= cap) {
                break;
            }
            cases.add(c);
        }
        return cases;
    }

    private static final JsonNode MISSING = NODES.missingNode();

    private record Variant(String kind, JsonNode value, boolean mustReject, boolean always) {
    }

    private static List<Variant> variants(Param p) {
        List<Variant> list = new ArrayList<>();
        if (p.required()) {
            list.add(new Variant("missing-required", MISSING, true, true));
            list.add(new Variant("null-required", NODES.nullNode(), true, false));
        } else {
            list.add(new Variant("null", NODES.nullNode(), false, false));
        }
        if (p.isNumber()) {
            list.add(new Variant("wrong-type string", NODES.textNode("abc"), true, true));
            list.add(new Variant("wrong-type object", NODES.objectNode().put("a", 1), true, false));
            list.add(new Variant("negative", NODES.numberNode(-1), false, false));
            list.add(new Variant("huge 1e30", NODES.numberNode(new BigDecimal("1e30")), p.isInteger(), false));
            if (p.isInteger()) {
                list.add(new Variant("huge Long.MAX+1", NODES.numberNode(
                        BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)), true, false));
                if (ENUM_DESC.matcher(p.description()).find()) {
                    list.add(new Variant("bad-enum", NODES.numberNode(987654), false, false));
                }
            }
        } else if (p.isBoolean()) {
            list.add(new Variant("wrong-type string", NODES.textNode("notabool"), true, true));
            list.add(new Variant("wrong-type object", NODES.objectNode().put("a", 1), true, false));
        } else if (p.isArray()) {
            list.add(new Variant("wrong-type object", NODES.objectNode().put("a", 1), true, true));
            list.add(new Variant("array of objects", NODES.arrayNode().add(NODES.objectNode().put("a", 1)),
                    !p.children().isEmpty() ? false : true, false));
            list.add(new Variant("empty array", NODES.arrayNode(), false, false));
        } else if (p.isObject()) {
            list.add(new Variant("wrong-type number", NODES.numberNode(12345), true, true));
        } else if (p.isString()) {
            list.add(new Variant("wrong-type object", NODES.objectNode().put("a", 1), true, true));
            list.add(new Variant("wrong-type array", NODES.arrayNode().add("a").add("b"), true, false));
            list.add(new Variant("empty-string", NODES.textNode(""), false, false));
            list.add(new Variant("oversize-string", NODES.textNode(ONE_MB), true, false));
            list.add(new Variant("sql-string", NODES.textNode("' OR 1=1 --"), false, false));
            list.add(new Variant("script-string", NODES.textNode("<script>alert(1)</script>"), false, false));
            if (DATE_NAME.matcher(p.name()).find() || DATE_DESC.matcher(p.description()).find()) {
                list.add(new Variant("bad-date", NODES.textNode("2026-13-45"), true, true));
                list.add(new Variant("bad-date abc", NODES.textNode("abc"), true, false));
            } else if (ENUM_DESC.matcher(p.description()).find()) {
                list.add(new Variant("bad-enum", NODES.textNode("NOT_AN_ENUM_VALUE"), false, false));
            }
        }
        return list;
    }

    private static String firstName(Endpoint e) {
        return e.bodyParams().isEmpty() ? "a" : e.bodyParams().get(0).name();
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
