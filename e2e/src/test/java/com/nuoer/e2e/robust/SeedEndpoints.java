package com.nuoer.e2e.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seed's 313 endpoints with their documented parameters ({@code seed-params.json}: the request side of
 * {@code ../shared/spec/endpoints.json} — id, method, path, app, kind, parameters with type/description/required and
 * the request example). The isolation matrix and the fuzzer are generated from it, so no endpoint is forgotten.
 */
public final class SeedEndpoints {

    public record Param(String name, String type, String description, boolean required, String example,
                        List<Param> children) {
        public boolean isNumber() {
            return type.startsWith("int") || type.equals("number") || type.equals("double") || type.equals("float")
                    || type.equals("bigdecimal");
        }

        public boolean isInteger() {
            return type.startsWith("int");
        }

        public boolean isString() {
            return type.equals("string");
        }

        public boolean isBoolean() {
            return type.equals("boolean");
        }

        public boolean isArray() {
            return type.equals("array");
        }

        public boolean isObject() {
            return type.equals("object") || type.equals("map");
        }
    }

    public record Endpoint(String id, String method, String path, String app, String kind, String section,
                           String title, List<Param> pathParams, List<Param> queryParams, List<Param> bodyParams,
                           JsonNode exampleBody, JsonNode exampleQuery) {

        public String lastSegment() {
            String[] parts = path.split("/");
            return parts[parts.length - 1];
        }

        public boolean isJsonBody() {
            return method.equals("POST") && !kind.equals("upload");
        }

        /** The seed's example body (a fresh copy), {} when none is documented. */
        public ObjectNode body() {
            return exampleBody != null && exampleBody.isObject() ? exampleBody.deepCopy() : JSON.createObjectNode();
        }

        /**
         * Reading endpoints (lists, queries, details, exports, statistics, sessions) change nothing, so a lenient
         * answer to a fuzz value is harmless there; everything else is treated as writing (conservative).
         */
        public boolean readOnly() {
            String s = lastSegment();
            if (path.contains("{")) {
                s = path.replaceAll("/\\{[^}]+}", "");
                s = s.substring(s.lastIndexOf('/') + 1);
            }
            if (WRITE_VERB.matcher(s).find()) {
                return false;
            }
            return READ_WORD.matcher(s.toLowerCase(Locale.ROOT)).find() || method.equals("GET");
        }

        @Override
        public String toString() {
            return id + " " + method + " " + path;
        }
    }

    private static final Pattern WRITE_VERB = Pattern.compile("^(add|save|edit|delete|del|remove|update|config|deal|"
            + "apply|send|audit|confirm|cancel|create|submit|set|bind|unbind|import|upload|change|adjust|assign|"
            + "transfer|activ|active|close|open|reset|gen|sync|recharge|pay|register|claim|release|handle|mark|"
            + "merge|split|split|refund|approve|reject|revoke|enable|disable|start|stop|retry|rerun|run|publish|"
            + "offline|online|sign|invalid|void|settle|collect|write|modify|move|sort|copy|init|batch|allot|"
            + "distribute|dispatch|clear|refresh|lock|unlock|freeze|unfreeze|notice|notify|remind|follow|"
            + "maintain|accept|back(?!log)|return|resend|upgrade|renew|issue|mail|redo|check[A-Z])");
    private static final Pattern READ_WORD = Pattern.compile("(list|query|detail|statistic|export|download|count|"
            + "page|info|session|ranking|backlog|trend|overview|summary|^get|^all|tree|options|select|preview|"
            + "search|view|total|history|log|record)");

    static final ObjectMapper JSON = new ObjectMapper();

    private SeedEndpoints() {
    }

    public static List<Endpoint> load() {
        try (InputStream in = SeedEndpoints.class.getResourceAsStream("/seed-params.json")) {
            JsonNode root = JSON.readTree(in);
            List<Endpoint> endpoints = new ArrayList<>();
            for (JsonNode e : root) {
                endpoints.add(new Endpoint(e.path("id").asText(), e.path("method").asText(), e.path("path").asText(),
                        e.path("app").asText(), e.path("kind").asText(), e.path("section").asText(),
                        e.path("title").asText(), params(e.path("pathParams")), params(e.path("queryParams")),
                        params(e.path("bodyParams")), e.get("exampleBody"), e.get("exampleQuery")));
            }
            return endpoints;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Param> params(JsonNode array) {
        List<Param> list = new ArrayList<>();
        for (JsonNode p : array) {
            list.add(new Param(p.path("name").asText(), p.path("type").asText().toLowerCase(Locale.ROOT),
                    p.path("description").asText(""), p.path("required").asBoolean(),
                    p.path("example").isNull() ? null : p.path("example").asText(), params(p.path("children"))));
        }
        return list;
    }

    /** Query string of the example (documented query params with their example values). */
    public static Map<String, String> exampleQuery(Endpoint e) {
        Map<String, String> query = new LinkedHashMap<>();
        if (e.exampleQuery() != null) {
            e.exampleQuery().fields().forEachRemaining(f -> query.put(f.getKey(), f.getValue().isArray()
                    ? (f.getValue().size() > 0 ? f.getValue().get(0).asText() : "") : f.getValue().asText()));
        }
        return query;
    }
}
