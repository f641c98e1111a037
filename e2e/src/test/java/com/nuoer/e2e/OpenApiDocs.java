package com.nuoer.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The suite's OpenAPI documents as the gateway serves them ({@code /api-docs/<service>} → the service's springdoc
 * {@code /v3/api-docs}), and the seed's endpoint list to compare them with.
 */
final class OpenApiDocs {

    /** Every service whose document the gateway's Swagger UI lists. */
    static final List<String> SERVICES = List.of("svc-customer", "svc-portal", "svc-billing", "svc-wallet",
            "svc-apicall", "svc-sales", "svc-contract");

    /** Operations as "METHOD /path" with path variables written {}. */
    record Operation(String method, String path) {
        static Operation of(String method, String path) {
            return new Operation(method.toUpperCase(Locale.ROOT), path.replaceAll("\\{[^/}]+}", "{}"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private OpenApiDocs() {
    }

    /** The OpenAPI document of one service, fetched through the gateway. */
    static JsonNode fetch(Suite suite, String service) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(suite.gatewayUrl() + "/api-docs/" + service)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("/api-docs/" + service + " → HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static Set<Operation> operations(JsonNode document) {
        Set<Operation> operations = new LinkedHashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(Operation.of(method, path.getKey()));
            }
        }));
        return operations;
    }

    /** The summary of each operation of a document (blank when it has none). */
    static Map<Operation, String> summaries(JsonNode document) {
        Map<Operation, String> summaries = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                summaries.put(Operation.of(op.getKey(), path.getKey()), op.getValue().path("summary").asText(""));
            }
        }));
        return summaries;
    }

    /** Seed operations (id → operation): the shared spec when present, else the gateway's committed copy. */
    static Map<Operation, String> seed(Path root) throws IOException {
        return seed(root, "id");
    }

    /** The seed's title of each operation (the API document's Chinese name, "health" for one). */
    static Map<Operation, String> seedTitles(Path root) throws IOException {
        return seed(root, "title");
    }

    private static Map<Operation, String> seed(Path root, String field) throws IOException {
        Path shared = Path.of(System.getProperty("nuoer.spec.endpoints",
                root.resolve("../shared/spec/endpoints.json").toString()));
        JsonNode array;
        if (Files.isRegularFile(shared)) {
            array = JSON.readTree(shared.toFile());
        } else {
            try (InputStream in = Files.newInputStream(root.resolve("gateway/src/test/resources/seed-endpoints.json"))) {
                array = JSON.readTree(in);
            }
        }
        Map<Operation, String> seed = new LinkedHashMap<>();
        array.forEach(e -> seed.put(Operation.of(e.get("method").asText(), e.get("path").asText()),
                e.path(field).asText().trim()));
        return seed;
    }
}
