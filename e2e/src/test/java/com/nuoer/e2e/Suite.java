package com.nuoer.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as separate processes, as deployed: the local-infra engines (PostgreSQL, Redis, RocketMQ) and
 * the packaged gateway and services, on free ports so a suite started by {@code ./run.sh} can keep running beside
 * it. Started once per JVM by {@link SuiteExtension}; stopped when the test run ends.
 *
 * <p>svc-billing and svc-apicall run as two instances each (issue 13: several instances of one service behind the
 * gateway must be safe): every process gets the same static discovery list ({@code SPRING_APPLICATION_JSON}), so the
 * gateway and the Feign clients balance over both. {@code -Dnuoer.e2e.instances=svc-billing:1,svc-apicall:1} runs one
 * of each. Instances are named {@code svc-billing} and {@code svc-billing-2}; each can be stopped, killed and
 * restarted on its port ({@link #stop}, {@link #kill9}, {@link #restart}).
 */
public final class Suite implements AutoCloseable {

    /** Module name → environment variable of its port (read by nuoer-common.yml and the gateway). */
    static final Map<String, String> APPS = new LinkedHashMap<>();

    static {
        APPS.put("svc-customer", "NUOER_CUSTOMER_PORT");
        APPS.put("svc-portal", "NUOER_PORTAL_PORT");
        APPS.put("svc-billing", "NUOER_BILLING_PORT");
        APPS.put("svc-wallet", "NUOER_WALLET_PORT");
        APPS.put("svc-apicall", "NUOER_APICALL_PORT");
        APPS.put("svc-sales", "NUOER_SALES_PORT");
        APPS.put("svc-contract", "NUOER_CONTRACT_PORT");
        APPS.put("gateway", "NUOER_GATEWAY_PORT");
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("nuoer.e2e.start-timeout", 300));
    private static final List<String> JVM_OPTS = List.of("-Xms64m", "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seata TC (seata-tc/target/lib) + NUOER_SEATA_ENABLED for svc-billing and svc-wallet (issue 9 / 13). */
    private static final boolean SEATA = !"false".equalsIgnoreCase(System.getProperty("nuoer.e2e.seata", "true"));

    /** One process of the suite: its name (module, or module-N for further instances), jar, port and extra env. */
    private record Instance(String name, String app, Path jar, List<String> jvmOpts, int port, Map<String, String> env) {
    }

    private final Path root;
    private final Path workDir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private int infraControlPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Suite(Path root, Path workDir) {
        this.root = root;
        this.workDir = workDir;
    }

    static Suite start() throws Exception {
        Path root = Paths.get(System.getProperty("nuoer.repo.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("e2e/target/suite");
        deleteRecursively(work);
        Files.createDirectories(work.resolve("logs"));
        Suite suite = new Suite(root, work);
        try {
            suite.launchSeataTc();
            suite.startEngines();
            suite.awaitSeataTc();
            suite.startApps();
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port("gateway");
    }

    /** POP3 port of the suite's mail server: a mailbox per recipient, login = the address, any password. */
    public int pop3Port() {
        return Integer.parseInt(env.get("NUOER_POP3_PORT"));
    }

    /** An environment variable every process of the suite got (engine ports: NUOER_PG_PORT, NUOER_REDIS_PORT ...). */
    public String env(String name) {
        return env.get(name);
    }

    /** Whether the suite runs the Seata TC and svc-billing/svc-wallet with Seata on ({@code -Dnuoer.e2e.seata}, default true: the AT path passes SeataPaymentAuditIT and FinanceFlowIT). */
    public boolean seata() {
        return SEATA;
    }

    /** JDBC URL of one service's database on the suite's PostgreSQL (user postgres, no password). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + env.get("NUOER_PG_PORT") + "/" + database;
    }

    /** Port of an instance ({@code svc-billing}, {@code svc-billing-2}, {@code gateway} ...). */
    public int port(String instance) {
        return require(instance).port();
    }

    /** The instances of a module in start order, e.g. [svc-billing, svc-billing-2]. */
    public List<String> instancesOf(String app) {
        return instances.values().stream().filter(i -> i.app().equals(app)).map(Instance::name).toList();
    }

    /** Process id of a running instance (svc-apicall's task worker ids start with {@code <pid>@}). */
    public long pid(String instance) {
        return processes.get(require(instance).name()).pid();
    }

    /** Log file of an instance (what it printed since its last start is appended). */
    public Path log(String instance) {
        return workDir.resolve("logs/" + instance + ".log");
    }

    /** Stops an instance gracefully (SIGTERM), e.g. to prove the gateway answers 503 for a dead service. */
    public void stop(String instance) throws InterruptedException {
        Process p = processes.get(require(instance).name());
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Kills an instance at once (SIGKILL): no shutdown hook, no graceful stop — a crashed process. */
    public void kill9(String instance) throws InterruptedException {
        Process p = processes.get(require(instance).name());
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts a stopped or killed instance again on its port and waits until it is healthy. */
    public void restart(String instance) throws Exception {
        Instance i = require(instance);
        if (processes.get(i.name()).isAlive()) {
            throw new IllegalStateException(instance + " is still running");
        }
        launch(i);
        waitHealthy(List.of(i), System.nanoTime() + START_TIMEOUT.toNanos());
    }

    /**
     * Stops the RocketMQ broker inside local-infra, keeps it down for {@code down} and starts it again on the same port
     * and store (local-infra's control port); returns when it accepts connections again.
     */
    public void restartBroker(Duration down) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + infraControlPort + "/broker/restart?downMillis=" + down.toMillis()))
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("broker restart failed: " + response.body());
        }
    }

    private Instance require(String instance) {
        Instance i = instances.get(instance);
        if (i == null) {
            throw new IllegalArgumentException("no instance " + instance + " in the suite: " + instances.keySet());
        }
        return i;
    }

    private void startEngines() throws Exception {
        int pg = freePort();
        int redis = freePort();
        int namesrv = freePort();
        int broker = freeBrokerPort();
        env.put("NUOER_PG_PORT", Integer.toString(pg));
        env.put("NUOER_REDIS_PORT", Integer.toString(redis));
        env.put("NUOER_NAMESRV_PORT", Integer.toString(namesrv));
        env.put("NUOER_BROKER_PORT", Integer.toString(broker));
        env.put("NUOER_NAMESRV", "127.0.0.1:" + namesrv);
        env.put("NUOER_SMTP_HOST", "127.0.0.1");
        env.put("NUOER_SMTP_PORT", Integer.toString(freePort()));
        env.put("NUOER_POP3_PORT", Integer.toString(freePort()));
        env.put("NUOER_DATA_DIR", workDir.resolve("data").toString());
        infraControlPort = freePort();
        Instance infra = new Instance("local-infra", "local-infra", root.resolve("local-infra/target/local-infra.jar"),
                List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), 0,
                Map.of("NUOER_INFRA_CONTROL_PORT", Integer.toString(infraControlPort)));
        instances.put(infra.name(), infra);
        launch(infra);
        Path ready = workDir.resolve("infra.ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.exists(ready)) {
            ensureAlive(infra);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("engines not ready after 120 s\n" + tail("local-infra"));
            }
            Thread.sleep(250);
        }
    }

    /**
     * Starts the Seata TC (io.seata:seata-server 2.0.0 from seata-tc/target/lib, file mode) on free ports through
     * seata-tc/bin/seata-tc.sh; its log is {@code log("seata-tc")}. svc-billing and svc-wallet get
     * NUOER_SEATA_ENABLED=true and its address; svc-billing also the payment fault hook (NUOER_FAULT_INJECTION, a
     * test hook off in every shipped profile).
     */
    private void launchSeataTc() throws IOException {
        if (!SEATA) {
            return;
        }
        int rpc = freePort();
        env.put("NUOER_SEATA_ENABLED", "true");
        env.put("NUOER_SEATA_ADDR", "127.0.0.1:" + rpc);
        env.put("NUOER_FAULT_INJECTION", "true");
        Path script = root.resolve("seata-tc/bin/seata-tc.sh");
        if (!Files.exists(root.resolve("seata-tc/target/lib/seata-server-2.0.0.jar"))) {
            throw new IllegalStateException("seata-tc/target/lib is missing: package the seata-tc module first");
        }
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log("seata-tc").toFile()));
        builder.environment().put("NUOER_SEATA_PORT", Integer.toString(rpc));
        builder.environment().put("NUOER_SEATA_CONSOLE_PORT", Integer.toString(freePort()));
        builder.environment().put("NUOER_SEATA_DIR", workDir.resolve("seata").toString());
        processes.put("seata-tc", builder.start());
    }

    /** Waits until the TC accepts connections on its RPC port. */
    private void awaitSeataTc() throws InterruptedException {
        if (!SEATA) {
            return;
        }
        int rpc = Integer.parseInt(env.get("NUOER_SEATA_ADDR").substring("127.0.0.1:".length()));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!listening(rpc)) {
            if (!processes.get("seata-tc").isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Seata TC did not start\n" + tail("seata-tc"));
            }
            Thread.sleep(250);
        }
    }

    private void startApps() throws Exception {
        Map<String, Integer> counts = instanceCounts();
        Map<String, List<String>> discovery = new LinkedHashMap<>();
        List<Instance> apps = new ArrayList<>();
        for (Map.Entry<String, String> app : APPS.entrySet()) {
            String module = app.getKey();
            Path jar = root.resolve(module + "/target/" + module + ".jar");
            for (int n = 1; n <= counts.getOrDefault(module, 1); n++) {
                int port = freePort();
                if (n == 1) {
                    env.put(app.getValue(), Integer.toString(port)); // the first instance is the module's port
                }
                String name = n == 1 ? module : module + "-" + n;
                Map<String, String> own = new LinkedHashMap<>(instanceEnv(module, n));
                own.put(app.getValue(), Integer.toString(port));
                apps.add(new Instance(name, module, jar, JVM_OPTS, port, own));
                discovery.computeIfAbsent(module, k -> new ArrayList<>()).add("http://127.0.0.1:" + port);
            }
        }
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("SPRING_APPLICATION_JSON", discoveryJson(discovery));
        // the further instances start once the first ones are up (as in a rolling scale-out): ten JVMs starting at
        // once on two cores starve the name server and a consumer's first route lookup times out
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (boolean first : new boolean[] {true, false}) {
            List<Instance> wave = apps.stream().filter(a -> a.name().equals(a.app()) == first).toList();
            for (Instance app : wave) {
                instances.put(app.name(), app);
                launch(app);
            }
            waitHealthy(wave, deadline);
        }
    }

    /**
     * Settings of single instances for the cluster and overload tests (ClusterIT, OverloadIT): billing's month close
     * fires every 20 s on both instances (ShedLock lets one run; {@code -Dnuoer.e2e.month-close-cron} changes it),
     * every apicall instance leases its own node id for call serial numbers in Redis and applies a due product state change 3 s
     * after its effect time (svc-customer's scheduler ticks once a minute), and the gateway's {@code portal} route
     * gets a Sentinel limit of {@link #PORTAL_ROUTE_QPS} QPS so that twice its capacity takes few requests.
     */
    static final int PORTAL_ROUTE_QPS = 10;

    private static Map<String, String> instanceEnv(String module, int n) {
        return switch (module) {
            case "svc-billing" -> Map.of("NUOER_BILLING_MONTHCLOSECRON",
                    System.getProperty("nuoer.e2e.month-close-cron", "*/20 * * * * *"),
                    "NUOER_BILLING_MONTHCLOSECATCHUPCRON", "0 0 3 * * *",
                    "LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK", "DEBUG"); // "Locked …" / "Not executing …" per firing
            case "svc-apicall" -> Map.of("NUOER_APICALL_CATALOG_STATECHANGEGRACE", "PT3S",
                    "NUOER_APICALL_CATALOG_STATECHANGEPOLL", "PT3S",
                    // CrashRecoveryIT: a batch task of a killed instance is taken over after 10 s (not 60 s); rounds of
                    // 20 rows keep a live worker's heartbeat well within that
                    "NUOER_APICALL_TASK_STALEAFTER", "PT10S", "NUOER_APICALL_TASK_CHUNKROWS", "20");
            case "gateway" -> Map.of("NUOER_GATEWAY_ROUTEQPS_PORTAL", Integer.toString(PORTAL_ROUTE_QPS));
            default -> Map.of();
        };
    }

    /** The same static discovery list for every process: {@code lb://svc-billing} balances over both instances. */
    private static String discoveryJson(Map<String, List<String>> discovery) throws IOException {
        Map<String, Object> instances = new LinkedHashMap<>();
        discovery.forEach((app, uris) -> {
            if (!app.equals("gateway")) {
                instances.put(app, uris.stream().map(uri -> Map.of("uri", uri)).toList());
            }
        });
        return JSON.writeValueAsString(Map.of("spring", Map.of("cloud", Map.of("discovery", Map.of("client",
                Map.of("simple", Map.of("instances", instances)))))));
    }

    private static Map<String, Integer> instanceCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String entry : System.getProperty("nuoer.e2e.instances", "svc-billing:2,svc-apicall:2").split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length == 2) {
                counts.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return counts;
    }

    private void waitHealthy(List<Instance> apps, long deadline) throws InterruptedException {
        for (Instance app : apps) {
            while (!healthy(app.port())) {
                ensureAlive(app);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(app.name() + " not healthy after " + START_TIMEOUT + "\n"
                            + tail(app.name()));
                }
                Thread.sleep(500);
            }
        }
    }

    private void launch(Instance instance) throws IOException {
        if (!Files.exists(instance.jar())) {
            throw new IllegalStateException(instance.jar() + " is missing: run the e2e tests after packaging (./mvnw verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(instance.jvmOpts());
        command.add("-jar");
        command.add(instance.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(instance.name()).toFile()));
        builder.environment().putAll(env);
        builder.environment().putAll(instance.env());
        processes.put(instance.name(), builder.start());
    }

    private boolean healthy(int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void ensureAlive(Instance instance) {
        Process p = processes.get(instance.name());
        if (!p.isAlive()) {
            throw new IllegalStateException(instance.name() + " exited with " + p.exitValue() + "\n" + tail(instance.name()));
        }
    }

    String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("logs/" + name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        List<Process> all = new ArrayList<>(processes.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).destroy();
        }
        for (Process p : all) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        // PostgreSQL is a child of local-infra: make sure it does not outlive a killed parent
        ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().map(c -> c.contains(workDir.resolve("data").toString())).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker also listens on port-2 and port+1. */
    private static int freeBrokerPort() {
        for (int i = 0; i < 200; i++) {
            int p = freePort();
            if (p > 1100 && p < 65000 && isFree(p - 2) && isFree(p + 1)) {
                return p;
            }
        }
        throw new IllegalStateException("no free broker ports");
    }

    /** Connects (never binds: probing by binding could take the port from a process about to listen on it). */
    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
