package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: the aggregated OpenAPI of the suite, read through the gateway, against the seed's 313 endpoints. Many
 * services do not implement all their endpoints yet, so the test holds the implemented part to the seed: every
 * public operation a service documents is a seed endpoint (same method and path), except the documented additions
 * {@code /mt/auth/**} (login, domain.md §1.3) and {@code /open/**} (the data API). {@code /internal/**} (Feign APIs,
 * never routed by the gateway) is not public API and is left out. The coverage (implemented/313) is printed.
 */
@ExtendWith(SuiteExtension.class)
class OpenApiCoverageIT {

    @Test
    void theAggregatedOpenApiHoldsOnlySeedPathsAndReportsCoverage(Suite suite) throws Exception {
        Path root = Paths.get(System.getProperty("nuoer.repo.root", "..")).toAbsolutePath().normalize();
        Map<OpenApiDocs.Operation, String> seed = OpenApiDocs.seed(root);
        assertThat(seed).hasSize(313);

        Map<OpenApiDocs.Operation, String> implemented = new LinkedHashMap<>();
        Set<String> outsideSeed = new TreeSet<>();
        Map<String, Integer> perService = new LinkedHashMap<>();
        for (String service : OpenApiDocs.SERVICES) {
            JsonNode document = OpenApiDocs.fetch(suite, service);
            assertThat(document.path("openapi").asText()).as(service + " serves an OpenAPI 3 document").startsWith("3.");
            int count = 0;
            for (OpenApiDocs.Operation operation : OpenApiDocs.operations(document)) {
                if (operation.path().startsWith("/internal/")) {
                    continue;
                }
                if (seed.containsKey(operation)) {
                    implemented.put(operation, service);
                    count++;
                } else if (!operation.path().startsWith("/mt/auth/") && !operation.path().startsWith("/open/")) {
                    outsideSeed.add(service + ": " + operation);
                }
            }
            perService.put(service, count);
        }

        System.out.printf("OpenAPI coverage: %d/%d seed endpoints implemented %s%n", implemented.size(), seed.size(),
                perService);
        assertThat(outsideSeed).as("public operations that are neither seed endpoints nor /mt/auth/**, /open/**")
                .isEmpty();
        assertThat(implemented).as("the suite implements some seed endpoints").isNotEmpty();
        assertThat(implemented).containsKeys(
                OpenApiDocs.Operation.of("GET", "/mt/portal/apiDoc/categoryList"),
                OpenApiDocs.Operation.of("POST", "/mt/portal/apiDoc/queryDetail"),
                OpenApiDocs.Operation.of("POST", "/mt/crm/base/enumList"),
                OpenApiDocs.Operation.of("POST", "/mt/sales/base/enumList"));
    }
}
