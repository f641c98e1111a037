package com.nuoer.common.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Gives every operation of a service's OpenAPI document the API document's Chinese title and description. Each
 * service carries its own seed operations in {@code classpath:openapi/seed-operations.json}
 * ({@code "METHOD /path/{}" → {id, summary, description}}, path parameters written {@code {}}); an operation whose
 * controller already sets a summary or description with {@code @Operation} keeps it. The seed id is added as the
 * extension {@code x-seed-id} so a reader can find the operation in the API document.
 */
public class SeedOperationDocs implements OpenApiCustomizer {

    static final String RESOURCE = "openapi/seed-operations.json";

    record SeedOperation(String id, String summary, String description) {
    }

    private final Map<String, SeedOperation> operations;

    SeedOperationDocs(Map<String, SeedOperation> operations) {
        this.operations = operations;
    }

    static SeedOperationDocs fromClasspath(ObjectMapper json) {
        Resource resource = new ClassPathResource(RESOURCE);
        if (!resource.exists()) {
            return new SeedOperationDocs(Map.of());
        }
        try (InputStream in = resource.getInputStream()) {
            return new SeedOperationDocs(json.readValue(in, new TypeReference<Map<String, SeedOperation>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + RESOURCE, e);
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            SeedOperation seed = operations.get(key(method, path));
            if (seed != null) {
                describe(operation, seed);
            }
        }));
    }

    static String key(PathItem.HttpMethod method, String path) {
        return method.name() + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    private static void describe(Operation operation, SeedOperation seed) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(seed.summary());
        }
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            String text = seed.description() == null ? seed.summary() : seed.description();
            operation.setDescription(text + "（接口文档 " + seed.id() + "）");
        }
        operation.addExtension("x-seed-id", seed.id());
    }
}
