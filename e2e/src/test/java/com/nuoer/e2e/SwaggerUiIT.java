package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: the gateway's Swagger UI as a person sees it — loaded in headless Chromium (Debian's {@code chromium},
 * installed by .ci/run when missing). The page's definition selector lists every service, and for every service the
 * rendered page shows its operations (or, for a service that documents none yet, Swagger UI's own "no operations"
 * notice). Screenshots are kept under {@code e2e/target/artefacts/}. Skipped only when no Chromium can be found.
 */
@ExtendWith(SuiteExtension.class)
class SwaggerUiIT {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/snap/bin/chromium");
    private static final Path ARTEFACTS = Paths.get(System.getProperty("nuoer.repo.root", ".."))
            .resolve("e2e/target/artefacts").toAbsolutePath().normalize();

    private static String chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        chromium = Stream.concat(Stream.ofNullable(System.getenv("NUOER_CHROMIUM")), CANDIDATES.stream())
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        assumeTrue(chromium != null, "no chromium found (apt-get install chromium); .ci/run installs it");
        Files.createDirectories(ARTEFACTS);
    }

    @Test
    void theSwaggerUiListsEveryServiceAndShowsItsOperations(Suite suite) throws Exception {
        String index = suite.gatewayUrl() + "/swagger-ui.html";
        String dom = chromium(List.of("--dump-dom", index), "swagger-ui-dom.html");
        chromium(List.of("--screenshot=" + ARTEFACTS.resolve("swagger-ui.png"), index), null);

        assertThat(dom).as("Swagger UI rendered").contains("swagger-ui");
        for (String service : OpenApiDocs.SERVICES) {
            assertThat(dom).as("definition selector lists " + service)
                    .contains("<option value=\"/api-docs/" + service + "\">" + service + "</option>");
        }
        assertThat(Files.size(ARTEFACTS.resolve("swagger-ui.png"))).isPositive();

        List<String> missing = new ArrayList<>();
        for (String service : OpenApiDocs.SERVICES) {
            JsonNode document = OpenApiDocs.fetch(suite, service);
            List<String> paths = new ArrayList<>();
            document.path("paths").fieldNames().forEachRemaining(p -> {
                if (!p.startsWith("/internal/") && paths.size() < 3) {
                    paths.add(p);
                }
            });
            String page = suite.gatewayUrl() + "/swagger-ui/index.html?urls.primaryName=" + service;
            String serviceDom = chromium(List.of("--dump-dom", page), service + "-dom.html");
            if (service.equals("svc-portal")) {
                chromium(List.of("--screenshot=" + ARTEFACTS.resolve("swagger-ui-svc-portal.png"), page), null);
            }
            if (paths.isEmpty()) {
                if (!serviceDom.contains("No operations defined in spec")) {
                    missing.add(service + ": neither operations nor the empty notice");
                }
                continue;
            }
            for (String path : paths) {
                if (!serviceDom.contains("data-path=\"" + path + "\"")) {
                    missing.add(service + ": " + path);
                }
            }
            System.out.printf("Swagger UI: %s shows %s%n", service, paths);
        }
        assertThat(missing).as("operations not rendered by Swagger UI").isEmpty();
    }

    /** Runs headless Chromium once; returns its standard output (the DOM with --dump-dom). */
    private static String chromium(List<String> action, String keepAs) throws Exception {
        Path profile = Files.createTempDirectory("nuoer-chromium");
        Path out = Files.createTempFile("chromium", ".out");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=1400,2000", "--virtual-time-budget=15000"));
        command.addAll(action);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + command);
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        if (keepAs != null) {
            Files.writeString(ARTEFACTS.resolve(keepAs), stdout, StandardCharsets.UTF_8);
        }
        return stdout;
    }
}
