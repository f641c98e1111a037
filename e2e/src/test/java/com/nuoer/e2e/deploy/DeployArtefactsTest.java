package com.nuoer.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.Topics;
import com.nuoer.infra.LocalTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment artefacts of deploy/ checked against the services' own configuration (no Spring context, no
 * engines): deploy/compose/compose.yaml, the kustomize base deploy/k8s/base and the Nacos data ids of deploy/nacos
 * must name the same services with the same ports (nuoer.ports.* of common-lib nuoer-common.yml), provide every
 * environment variable the `cluster` profile requires (placeholders without default), probe existing actuator
 * paths, drain within the grace period, scale billing and apicall, rate-limit every gateway route, and create
 * every database and topic the services use.
 *
 * <p>Runs in surefire's test phase of the e2e module (the suite ITs are failsafe's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeployArtefactsTest {

    /** Environment variables the runtime itself reads (not Spring placeholders). */
    private static final Set<String> RUNTIME_ENV = Set.of("SPRING_PROFILES_ACTIVE", "JAVA_OPTS", "TZ");
    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Path root;
    /** application name → port (from nuoer-common.yml nuoer.ports), gateway first. */
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** application name → NUOER_<X>_PORT. */
    private final Map<String, String> portEnv = new LinkedHashMap<>();
    /** application name → environment variables its cluster configuration requires (no default). */
    private final Map<String, Set<String>> requiredEnv = new LinkedHashMap<>();
    /** every environment variable any configuration of the platform reads (typo guard). */
    private final Set<String> knownEnv = new TreeSet<>();
    private List<Map<String, Object>> commonDocs;
    private List<Map<String, Object>> gatewayDocs;

    @BeforeAll
    void readServiceConfiguration() {
        root = repoRoot();
        commonDocs = yamlDocs(root.resolve("common-lib/src/main/resources/nuoer-common.yml"));
        gatewayDocs = yamlDocs(root.resolve("gateway/src/main/resources/application.yml"));

        Map<String, Object> portDefs = map(path(base(commonDocs), "nuoer.ports"));
        assertThat(portDefs).as("nuoer.ports of nuoer-common.yml").isNotEmpty();
        Pattern portRef = Pattern.compile("\\$\\{(NUOER_[A-Z]+_PORT):(\\d+)}");
        portDefs.forEach((key, value) -> {
            Matcher m = portRef.matcher(String.valueOf(value));
            assertThat(m.matches()).as("nuoer.ports.%s = ${NUOER_<X>_PORT:<port>}", key).isTrue();
            String app = key.equals("gateway") ? "gateway" : "svc-" + key;
            ports.put(app, Integer.parseInt(m.group(2)));
            portEnv.put(app, m.group(1));
        });

        for (String app : ports.keySet()) {
            Path appYml = root.resolve(app).resolve("src/main/resources/application.yml");
            assertThat(appYml).as("module %s", app).exists();
            List<Map<String, Object>> docs = yamlDocs(appYml);
            assertThat(path(base(docs), "spring.application.name")).as("%s application name", app).isEqualTo(app);

            List<Map<String, Object>> cluster = new ArrayList<>();
            if (!app.equals("gateway")) {
                cluster.addAll(activeIn(commonDocs, "cluster"));
            }
            cluster.addAll(activeIn(docs, "cluster"));
            Path dataId = root.resolve("deploy/nacos").resolve(app + ".yaml");
            if (Files.exists(dataId)) {
                cluster.addAll(yamlDocs(dataId));
            }
            Set<String> required = new TreeSet<>();
            for (Map<String, Object> doc : cluster) {
                for (Placeholder p : placeholders(doc)) {
                    if (!p.hasDefault() && ENV_NAME.matcher(p.name()).matches()) {
                        required.add(p.name());
                    }
                }
            }
            requiredEnv.put(app, required);
            for (List<Map<String, Object>> all : List.of(docs, commonDocs)) {
                all.forEach(doc -> placeholders(doc).stream().map(Placeholder::name)
                        .filter(n -> ENV_NAME.matcher(n).matches()).forEach(knownEnv::add));
            }
            if (Files.exists(dataId)) {
                yamlDocs(dataId).forEach(doc -> placeholders(doc).stream().map(Placeholder::name)
                        .filter(n -> ENV_NAME.matcher(n).matches()).forEach(knownEnv::add));
            }
        }
        assertThat(ports.keySet()).as("the gateway and seven services").hasSize(8).contains("gateway",
                "svc-portal", "svc-customer", "svc-billing", "svc-wallet", "svc-apicall", "svc-sales", "svc-contract");
        // sanity of the extraction itself: the secrets the cluster profile must not default
        assertThat(requiredEnv.get("gateway")).contains("NUOER_IDENTITY_SECRET", "NUOER_REDIS_HOST");
        assertThat(requiredEnv.get("svc-customer")).contains("NUOER_IDENTITY_SECRET", "NUOER_CUSTOMER_SECRET_KEY",
                "NUOER_NAMESRV");
        assertThat(requiredEnv.get("svc-apicall")).contains("NUOER_APICALL_SECRET_KEY");
    }

    // ------------------------------------------------------------------------------------------ cluster profile

    @Test
    void clusterProfileTurnsOnNacosAndGracefulShutdown() {
        Map<String, Object> common = merged(activeIn(commonDocs, "cluster"));
        assertThat(path(common, "spring.cloud.nacos.discovery.enabled")).isEqualTo(true);
        assertThat(path(common, "spring.cloud.nacos.config.enabled")).isEqualTo(true);
        assertThat(path(common, "spring.lifecycle.timeout-per-shutdown-phase")).isNotNull();
        assertThat(path(common, "server.shutdown")).isEqualTo("graceful");
        assertThat(String.valueOf(path(common, "rocketmq.name-server"))).isEqualTo("${NUOER_NAMESRV}");

        Map<String, Object> gateway = merged(activeIn(gatewayDocs, "cluster"));
        assertThat(path(gateway, "spring.cloud.nacos.discovery.enabled")).isEqualTo(true);
        assertThat(path(gateway, "spring.lifecycle.timeout-per-shutdown-phase")).isNotNull();
        assertThat(path(gateway, "server.shutdown")).isEqualTo("graceful");

        for (String app : ports.keySet()) {
            List<Map<String, Object>> docs = yamlDocs(root.resolve(app).resolve("src/main/resources/application.yml"));
            Object port = path(base(docs), "server.port");
            if (app.equals("gateway")) {
                assertThat(port).isEqualTo("${" + portEnv.get(app) + ":" + ports.get(app) + "}");
            } else {
                assertThat(port).as("%s server.port", app)
                        .isEqualTo("${nuoer.ports." + app.substring("svc-".length()) + "}");
                assertThat(String.valueOf(path(base(docs), "spring.config.import")))
                        .as("%s imports its Nacos data id", app).contains("nacos:${spring.application.name}.yaml");
            }
        }
    }

    @Test
    void probesAreEnabledOnTheActuatorPathsTheManifestsUse() {
        for (List<Map<String, Object>> docs : List.of(commonDocs, gatewayDocs)) {
            Map<String, Object> cluster = merged(activeIn(docs, "cluster"));
            assertThat(path(cluster, "management.endpoint.health.probes.enabled")).isEqualTo(true);
            assertThat(String.valueOf(path(cluster, "management.endpoints.web.exposure.include")))
                    .contains("health");
        }
        // the preStop hook of the services posts to /actuator/serviceregistry
        assertThat(String.valueOf(path(merged(activeIn(commonDocs, "cluster")),
                "management.endpoints.web.exposure.include"))).contains("serviceregistry");
    }

    // ------------------------------------------------------------------------------------------ compose

    @Test
    void composeRunsEveryServiceInClusterProfileWithItsPortAndRequiredEnvironment() {
        Map<String, Object> services = map(compose().get("services"));
        for (String app : ports.keySet()) {
            Map<String, Object> svc = map(services.get(app));
            assertThat(svc).as("compose service %s", app).isNotEmpty();
            assertThat(String.valueOf(svc.get("image"))).as("%s image", app).matches(".*/" + app + ":.+");
            Map<String, Object> env = map(svc.get("environment"));
            assertThat(env.get("SPRING_PROFILES_ACTIVE")).as("%s profile", app).isEqualTo("cluster");
            assertThat(String.valueOf(env.get(portEnv.get(app)))).as("%s %s", app, portEnv.get(app))
                    .isEqualTo(String.valueOf(ports.get(app)));
            assertThat(env.keySet()).as("%s: environment the cluster profile requires", app)
                    .containsAll(requiredEnv.get(app));
            requiredEnv.get(app).forEach(name -> assertThat(String.valueOf(env.get(name)))
                    .as("%s %s", app, name).isNotBlank().isNotEqualTo("null"));
            assertThat(env.keySet()).as("%s: environment nobody reads (typo?)", app)
                    .allMatch(name -> knownEnv.contains(name) || RUNTIME_ENV.contains(name));
            String health = String.valueOf(map(svc.get("healthcheck")).get("test"));
            assertThat(health).as("%s healthcheck", app).contains("127.0.0.1:" + ports.get(app) + READINESS);
        }
    }

    @Test
    void composeStartsServicesAfterHealthyEnginesAndInitialisers() {
        Map<String, Object> services = map(compose().get("services"));
        assertThat(services.keySet()).contains("postgres", "redis", "nacos", "rmq-namesrv", "rmq-broker", "seata",
                "sentinel-dashboard", "nacos-init", "rmq-init");
        assertThat(String.valueOf(map(services.get("postgres")).get("image"))).startsWith("postgres:17");
        assertThat(String.valueOf(map(services.get("redis")).get("image"))).startsWith("redis:7");
        assertThat(String.valueOf(map(services.get("nacos")).get("image"))).startsWith("nacos/nacos-server:");
        assertThat(String.valueOf(map(services.get("rmq-broker")).get("image"))).startsWith("apache/rocketmq:5.3");
        assertThat(String.valueOf(map(services.get("seata")).get("image"))).startsWith("seataio/seata-server:2.");
        services.forEach((name, value) -> map(map(value).get("depends_on")).forEach((dep, condition) -> {
            assertThat(services).as("%s depends on %s", name, dep).containsKey(dep);
            assertThat(map(condition).get("condition")).as("%s → %s condition", name, dep).isNotNull();
        }));
        for (String app : ports.keySet()) {
            Map<String, Object> deps = map(map(services.get(app)).get("depends_on"));
            assertThat(condition(deps, "redis")).isEqualTo("service_healthy");
            assertThat(condition(deps, "nacos")).isEqualTo("service_healthy");
            if (!app.equals("gateway")) {
                assertThat(condition(deps, "postgres")).as(app).isEqualTo("service_healthy");
                assertThat(condition(deps, "nacos-init")).as(app).isEqualTo("service_completed_successfully");
                assertThat(condition(deps, "rmq-init")).as(app).isEqualTo("service_completed_successfully");
            }
        }
        Map<String, Object> nacosInit = map(services.get("nacos-init"));
        assertThat(String.valueOf(nacosInit.get("entrypoint"))).contains("import.sh");
        assertThat(String.valueOf(nacosInit.get("volumes"))).contains("../nacos:");
    }

    @Test
    void composeCreatesEveryDatabaseAndTopic() {
        Map<String, Object> services = map(compose().get("services"));
        String initVolume = list(map(services.get("postgres")).get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.contains("docker-entrypoint-initdb.d")).findFirst()
                .orElseThrow(() -> new AssertionError("postgres: no init script mounted"));
        String sql = read(root.resolve("deploy/compose").resolve(initVolume.substring(0, initVolume.indexOf(':'))))
                .toLowerCase(Locale.ROOT);
        Set<String> databases = new LinkedHashSet<>(LocalTopology.DATABASES);
        for (String app : ports.keySet()) {
            if (!app.equals("gateway")) {
                databases.add(String.valueOf(path(base(yamlDocs(
                        root.resolve(app).resolve("src/main/resources/application.yml"))), "nuoer.db.name")));
            }
        }
        databases.forEach(db -> assertThat(sql).as("init script creates %s", db).contains("create database " + db + ";"));

        Map<String, Object> rmqInit = map(services.get("rmq-init"));
        Set<String> topics = Set.of(String.valueOf(map(rmqInit.get("environment")).get("NUOER_TOPICS")).split("\\s+"));
        assertThat(topics).as("rmq-init topics").containsAll(Topics.ALL).containsAll(LocalTopology.TOPICS);
        assertThat(String.valueOf(rmqInit.get("entrypoint"))).contains("updateTopic").contains("$$NUOER_TOPICS");
    }

    @Test
    void envExampleDefinesEveryVariableComposeRequires() {
        String compose = read(root.resolve("deploy/compose/compose.yaml"));
        Set<String> defined = read(root.resolve("deploy/compose/.env.example")).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toSet());
        Matcher required = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(compose);
        while (required.find()) {
            assertThat(defined).as(".env.example defines %s", required.group(1)).contains(required.group(1));
        }
    }

    // ------------------------------------------------------------------------------------------ kubernetes

    @Test
    void manifestsDeployEveryServiceWithItsPortConfigAndSecrets() {
        Map<String, Map<String, Object>> configMaps = k8s("ConfigMap");
        Map<String, Map<String, Object>> secrets = k8s("Secret");
        Map<String, Map<String, Object>> deployments = k8s("Deployment");
        Map<String, Map<String, Object>> k8sServices = k8s("Service");
        assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(ports.keySet());
        for (String app : ports.keySet()) {
            int port = ports.get(app);
            assertThat(configMaps).as("ConfigMap %s", app).containsKey(app);
            assertThat(secrets).as("Secret %s", app).containsKey(app);
            Map<String, Object> container = container(deployments.get(app));
            assertThat(String.valueOf(container.get("image"))).as("%s image", app).contains("/" + app + ":");
            Map<String, Object> httpPort = map(list(container.get("ports")).get(0));
            assertThat(httpPort.get("containerPort")).as("%s containerPort", app).isEqualTo(port);
            assertThat(httpPort.get("name")).isEqualTo("http");

            Map<String, String> env = new LinkedHashMap<>();
            for (Object from : list(container.get("envFrom"))) {
                Map<String, Object> ref = map(from);
                if (ref.containsKey("configMapRef")) {
                    String name = String.valueOf(map(ref.get("configMapRef")).get("name"));
                    assertThat(configMaps).as("%s envFrom ConfigMap %s", app, name).containsKey(name);
                    map(configMaps.get(name).get("data")).forEach((k, v) -> env.put(k, String.valueOf(v)));
                } else {
                    String name = String.valueOf(map(ref.get("secretRef")).get("name"));
                    assertThat(secrets).as("%s envFrom Secret %s", app, name).containsKey(name);
                    map(secrets.get(name).get("stringData")).forEach((k, v) -> env.put(k, String.valueOf(v)));
                }
            }
            map(container.get("env")).forEach((k, v) -> env.put(k, String.valueOf(v)));
            assertThat(env.get("SPRING_PROFILES_ACTIVE")).as("%s profile", app).isEqualTo("cluster");
            assertThat(env.get(portEnv.get(app))).as("%s %s", app, portEnv.get(app)).isEqualTo(String.valueOf(port));
            assertThat(env.keySet()).as("%s: environment the cluster profile requires", app)
                    .containsAll(requiredEnv.get(app));
            assertThat(env.keySet()).as("%s: environment nobody reads (typo?)", app)
                    .allMatch(name -> knownEnv.contains(name) || RUNTIME_ENV.contains(name));

            Map<String, Object> svc = k8sServices.get(app);
            assertThat(svc).as("Service %s", app).isNotNull();
            Map<String, Object> svcPort = map(list(path(svc, "spec.ports")).get(0));
            assertThat(svcPort.get("port")).as("Service %s port", app).isEqualTo(port);
            assertThat(svcPort.get("targetPort")).isEqualTo("http");
            assertThat(map(path(svc, "spec.selector"))).as("Service %s selects the pods", app)
                    .isEqualTo(map(path(deployments.get(app), "spec.template.metadata.labels")).entrySet().stream()
                            .filter(e -> e.getKey().equals("app.kubernetes.io/name"))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }

    @Test
    void deploymentsProbeActuatorReserveResourcesAndDrainGracefully() {
        Duration shutdownTimeout = Duration.ofSeconds(30);
        Map<String, Object> commonCm = map(k8s("ConfigMap").get("nuoer-common").get("data"));
        if (commonCm.containsKey("NUOER_SHUTDOWN_TIMEOUT")) {
            shutdownTimeout = Duration.ofSeconds(Long.parseLong(
                    String.valueOf(commonCm.get("NUOER_SHUTDOWN_TIMEOUT")).replace("s", "")));
        }
        for (Map.Entry<String, Map<String, Object>> e : k8s("Deployment").entrySet()) {
            String app = e.getKey();
            Map<String, Object> container = container(e.getValue());
            assertThat(path(container, "readinessProbe.httpGet.path")).as("%s readiness", app).isEqualTo(READINESS);
            assertThat(path(container, "livenessProbe.httpGet.path")).as("%s liveness", app).isEqualTo(LIVENESS);
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                Object port = path(container, probe + ".httpGet.port");
                assertThat(port).as("%s %s port", app, probe).isIn("http", ports.get(app));
            }
            assertThat(path(container, "resources.requests.cpu")).as("%s cpu request", app).isNotNull();
            assertThat(path(container, "resources.requests.memory")).as("%s memory request", app).isNotNull();
            assertThat(path(container, "resources.limits.memory")).as("%s memory limit", app).isNotNull();

            String preStop = String.join(" ", list(path(container, "lifecycle.preStop.exec.command")).stream()
                    .map(String::valueOf).toList());
            Matcher sleep = Pattern.compile("sleep (\\d+)").matcher(preStop);
            assertThat(sleep.find()).as("%s preStop sleeps", app).isTrue();
            long grace = ((Number) path(e.getValue(), "spec.template.spec.terminationGracePeriodSeconds")).longValue();
            assertThat(grace).as("%s terminationGracePeriodSeconds ≥ preStop + shutdown phase", app)
                    .isGreaterThan(Long.parseLong(sleep.group(1)) + shutdownTimeout.toSeconds());
            if (!app.equals("gateway")) {
                assertThat(preStop).as("%s deregisters from Nacos first", app)
                        .contains("127.0.0.1:" + ports.get(app) + "/actuator/serviceregistry");
            }
            assertThat(path(e.getValue(), "spec.strategy.rollingUpdate.maxUnavailable")).as(app).isEqualTo(0);
        }
    }

    @Test
    void billingAndApicallAutoscaleAndEveryDeploymentHasADisruptionBudget() {
        Map<String, Map<String, Object>> deployments = k8s("Deployment");
        Map<String, Map<String, Object>> hpas = k8s("HorizontalPodAutoscaler");
        for (String app : List.of("svc-billing", "svc-apicall")) {
            Map<String, Object> hpa = hpas.get(app);
            assertThat(hpa).as("HPA %s", app).isNotNull();
            assertThat(path(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
            assertThat(deployments).containsKey(String.valueOf(path(hpa, "spec.scaleTargetRef.name")));
            assertThat(((Number) path(hpa, "spec.minReplicas")).intValue()).isGreaterThanOrEqualTo(2);
            assertThat(((Number) path(hpa, "spec.maxReplicas")).intValue())
                    .isGreaterThan(((Number) path(hpa, "spec.minReplicas")).intValue());
            assertThat(path(container(deployments.get(app)), "resources.requests.cpu"))
                    .as("%s: a CPU-utilisation HPA needs a CPU request", app).isNotNull();
        }
        Map<String, Map<String, Object>> pdbs = k8s("PodDisruptionBudget");
        for (Map.Entry<String, Map<String, Object>> d : deployments.entrySet()) {
            Map<String, Object> labels = map(path(d.getValue(), "spec.template.metadata.labels"));
            boolean covered = pdbs.values().stream().anyMatch(pdb ->
                    labels.entrySet().containsAll(map(path(pdb, "spec.selector.matchLabels")).entrySet()));
            assertThat(covered).as("PodDisruptionBudget for %s", d.getKey()).isTrue();
            assertThat(((Number) path(d.getValue(), "spec.replicas")).intValue()).as(d.getKey())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void kustomizationListsEveryManifestAndTheIngressReachesTheGateway() throws IOException {
        Path base = root.resolve("deploy/k8s/base");
        Map<String, Object> kustomization = yamlDocs(base.resolve("kustomization.yaml")).get(0);
        Set<String> listed = list(kustomization.get("resources")).stream().map(String::valueOf)
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(base)) {
            Set<String> manifests = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")).collect(Collectors.toSet());
            assertThat(listed).isEqualTo(manifests);
        }
        Map<String, Object> ingress = k8s("Ingress").values().iterator().next();
        for (Object rule : list(path(ingress, "spec.rules"))) {
            for (Object p : list(path(map(rule), "http.paths"))) {
                assertThat(path(map(p), "backend.service.name")).isEqualTo("gateway");
                assertThat(String.valueOf(map(p).get("path"))).doesNotStartWith("/actuator");
            }
        }
    }

    // ------------------------------------------------------------------------------------------ nacos

    @Test
    void nacosHoldsEachServicesDataIdWithoutLiteralSecrets() {
        for (String app : ports.keySet()) {
            if (app.equals("gateway")) {
                continue; // the gateway has no nacos-config on its classpath: only its flow rules live in Nacos
            }
            Path dataId = root.resolve("deploy/nacos").resolve(app + ".yaml");
            assertThat(dataId).as("Nacos data id %s.yaml", app).exists();
            Map<String, Object> content = merged(yamlDocs(dataId));
            Set<String> serviceKeys = new TreeSet<>();
            yamlDocs(root.resolve(app).resolve("src/main/resources/application.yml"))
                    .forEach(d -> serviceKeys.addAll(leaves(d, "").keySet()));
            commonDocs.forEach(d -> serviceKeys.addAll(leaves(d, "").keySet()));
            leaves(content, "").forEach((key, value) -> {
                if (key.matches("(?i).*(secret|password|token|secret-key|sandbox-key)$")) {
                    assertThat(String.valueOf(value)).as("%s: %s must come from the environment", app, key)
                            .startsWith("${");
                }
                if (key.startsWith("nuoer.")) {
                    assertThat(serviceKeys).as("%s: %s is a property the service has", app, key).contains(key);
                }
                if (key.equals("seata.enabled")) {
                    assertThat(String.valueOf(value)).as("%s: Seata switchable, off by default", app)
                            .isEqualTo("${NUOER_SEATA_ENABLED:false}");
                }
            });
        }
    }

    @Test
    void everyGatewayRouteHasAFlowRuleMatchingTheGatewaysLimits() throws IOException {
        Map<String, Object> gateway = base(gatewayDocs);
        List<String> routeIds = list(path(gateway, "spring.cloud.gateway.server.webflux.routes")).stream()
                .map(r -> String.valueOf(map(r).get("id"))).toList();
        assertThat(routeIds).isNotEmpty();
        double defaultQps = ((Number) path(gateway, "nuoer.gateway.default-route-qps")).doubleValue();
        double authPerIp = ((Number) path(gateway, "nuoer.gateway.auth-qps-per-ip")).doubleValue();
        Map<String, Object> overrides = map(path(gateway, "nuoer.gateway.route-qps"));

        JsonNode rules = new ObjectMapper().readTree(root.resolve("deploy/nacos/gateway-flow-rules.json").toFile());
        assertThat(rules.isArray()).isTrue();
        Map<String, Double> routeRule = new LinkedHashMap<>();
        Map<String, Double> paramRule = new LinkedHashMap<>();
        for (JsonNode rule : rules) {
            String resource = rule.path("resource").asText();
            assertThat(routeIds).as("flow rule for an existing route id").contains(resource);
            assertThat(rule.path("resourceMode").asInt(-1)).as("%s: route-id mode", resource).isZero();
            (rule.has("paramItem") ? paramRule : routeRule).put(resource, rule.path("count").asDouble());
        }
        for (String id : routeIds) {
            assertThat(routeRule).as("gateway-flow-rules.json has route %s", id).containsKey(id);
            double expected = overrides.containsKey(id) ? defaultOf(overrides.get(id)) : defaultQps;
            assertThat(routeRule.get(id)).as("%s QPS = the gateway's own limit", id).isEqualTo(expected);
        }
        assertThat(paramRule).as("per-client-IP rule on the login route").containsEntry("auth", authPerIp);
    }

    @Test
    void everyServiceHasAFlowRuleDataIdAndTheImportScriptUsesTheOpenApi() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String app : ports.keySet()) {
            Path rules = root.resolve("deploy/nacos").resolve(app + "-flow-rules.json");
            assertThat(rules).as("%s-flow-rules.json", app).exists();
            JsonNode node = json.readTree(rules.toFile());
            assertThat(node.isArray()).as("%s: a Sentinel rule list", app).isTrue();
            node.forEach(rule -> {
                assertThat(rule.path("resource").asText()).isNotBlank();
                assertThat(rule.path("count").asDouble()).isPositive();
            });
        }
        Path script = root.resolve("deploy/nacos/import.sh");
        assertThat(Files.isExecutable(script)).as("import.sh executable").isTrue();
        assertThat(read(script)).contains("/v1/cs/configs", "/v1/auth/login", "DEFAULT_GROUP", "accessToken",
                "tenant=");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Map<String, Object> compose() {
        return yamlDocs(root.resolve("deploy/compose/compose.yaml")).get(0);
    }

    /** kind → (metadata.name → manifest) over every manifest of the kustomize base. */
    private Map<String, Map<String, Object>> k8s(String kind) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(root.resolve("deploy/k8s/base"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Map<String, Object> doc : yamlDocs(file)) {
                    if (kind.equals(doc.get("kind"))) {
                        byName.put(String.valueOf(path(doc, "metadata.name")), doc);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(byName).as("manifests of kind %s", kind).isNotEmpty();
        return byName;
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(path(deployment, "spec.template.spec.containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static Object condition(Map<String, Object> dependsOn, String name) {
        return map(dependsOn.get(name)).get("condition");
    }

    private static double defaultOf(Object value) {
        String s = String.valueOf(value);
        Matcher m = Pattern.compile("\\$\\{[A-Z0-9_]+:([0-9.]+)}").matcher(s);
        return Double.parseDouble(m.matches() ? m.group(1) : s);
    }

    private static Path repoRoot() {
        String configured = System.getProperty("nuoer.repo.root");
        Path dir = configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy")) && Files.isDirectory(p.resolve("common-lib"))) {
                return p;
            }
        }
        return fail("repository root not found from " + dir);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yamlDocs(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(read(file))) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    private static String profileOf(Map<String, Object> doc) {
        Object profile = path(doc, "spring.config.activate.on-profile");
        return profile == null ? null : String.valueOf(profile);
    }

    /** The profile-less documents merged (the base of every profile). */
    private static Map<String, Object> base(List<Map<String, Object>> docs) {
        return merged(docs.stream().filter(d -> profileOf(d) == null).toList());
    }

    /** The documents active in {@code profile}: the profile-less ones, then the profile's own. */
    private static List<Map<String, Object>> activeIn(List<Map<String, Object>> docs, String profile) {
        return docs.stream().filter(d -> profileOf(d) == null || profile.equals(profileOf(d))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merged(Collection<Map<String, Object>> docs) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map<String, Object> doc : docs) {
            deepMerge(result, doc);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void deepMerge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((k, v) -> {
            if (v instanceof Map && into.get(k) instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) into.get(k));
                deepMerge(copy, (Map<String, Object>) v);
                into.put(k, copy);
            } else if (v instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                deepMerge(copy, (Map<String, Object>) v);
                into.put(k, copy);
            } else {
                into.put(k, v);
            }
        });
    }

    /** Flattened leaf keys ("a.b.c" → value); dotted YAML keys like {@code jdbc.batch_size} stay dotted. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> leaves(Map<String, Object> doc, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        doc.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map) {
                out.putAll(leaves((Map<String, Object>) v, key));
            } else {
                out.put(key, v);
            }
        });
        return out;
    }

    /**
     * Value at a dotted path; a key may itself contain dots (Spring's relaxed YAML, e.g. {@code jdbc.batch_size}),
     * so the longest matching key wins at each level.
     */
    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> doc, String dotted) {
        if (doc == null) {
            return null;
        }
        if (doc.containsKey(dotted)) {
            return doc.get(dotted);
        }
        String[] parts = dotted.split("\\.");
        for (int n = parts.length - 1; n >= 1; n--) {
            String head = String.join(".", Arrays.copyOfRange(parts, 0, n));
            Object child = doc.get(head);
            if (child instanceof Map) {
                Object found = path((Map<String, Object>) child,
                        String.join(".", Arrays.copyOfRange(parts, n, parts.length)));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    record Placeholder(String name, boolean hasDefault) {
    }

    /** Every ${name} / ${name:default} in the document's values, nested defaults included. */
    private static List<Placeholder> placeholders(Object node) {
        List<Placeholder> found = new ArrayList<>();
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> found.addAll(placeholders(v)));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> found.addAll(placeholders(v)));
        } else if (node != null) {
            scan(String.valueOf(node), found);
        }
        return found;
    }

    private static void scan(String text, List<Placeholder> found) {
        int i = text.indexOf("${");
        while (i >= 0) {
            int depth = 0;
            int end = -1;
            for (int j = i; j < text.length(); j++) {
                if (text.startsWith("${", j)) {
                    depth++;
                    j++;
                } else if (text.charAt(j) == '}' && --depth == 0) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                return;
            }
            String body = text.substring(i + 2, end);
            int colon = body.indexOf(':');
            String name = colon < 0 ? body : body.substring(0, colon);
            found.add(new Placeholder(name, colon >= 0));
            if (colon >= 0) {
                scan(body.substring(colon + 1), found);
            }
            i = text.indexOf("${", end + 1);
        }
    }
}
