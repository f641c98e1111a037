package com.nuoer.e2e;

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

    private final Path root;
    private final Path workDir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
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
            suite.startEngines();
            suite.startApps();
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    /** POP3 port of the suite's mail server: a mailbox per recipient, login = the address, any password. */
    public int pop3Port() {
        return Integer.parseInt(env.get("NUOER_POP3_PORT"));
    }

    public int port(String app) {
        return ports.get(app);
    }

    /** Stops one process (e.g. to prove the gateway answers 503 for a dead service). */
    public void kill(String app) throws InterruptedException {
        int index = new ArrayList<>(APPS.keySet()).indexOf(app) + 1; // processes[0] is local-infra
        Process p = processes.get(index);
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
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
        Path jar = root.resolve("local-infra/target/local-infra.jar");
        launch("local-infra", jar, List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        Path ready = workDir.resolve("infra.ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.exists(ready)) {
            ensureAlive(0, "local-infra");
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("engines not ready after 120 s\n" + tail("local-infra"));
            }
            Thread.sleep(250);
        }
    }

    private void startApps() throws Exception {
        for (Map.Entry<String, String> app : APPS.entrySet()) {
            int port = freePort();
            ports.put(app.getKey(), port);
            env.put(app.getValue(), Integer.toString(port));
        }
        env.put("SPRING_PROFILES_ACTIVE", "local");
        for (String app : APPS.keySet()) {
            launch(app, root.resolve(app + "/target/" + app + ".jar"), JVM_OPTS);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        int index = 1;
        for (String app : APPS.keySet()) {
            while (!healthy(ports.get(app))) {
                ensureAlive(index, app);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(app + " not healthy after " + START_TIMEOUT + "\n" + tail(app));
                }
                Thread.sleep(500);
            }
            index++;
        }
    }

    private void launch(String name, Path jar, List<String> jvmOpts) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the e2e tests after packaging (./mvnw verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOpts);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("logs/" + name + ".log").toFile());
        builder.environment().putAll(env);
        processes.add(builder.start());
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

    private void ensureAlive(int index, String name) {
        if (!processes.get(index).isAlive()) {
            throw new IllegalStateException(name + " exited with " + processes.get(index).exitValue() + "\n" + tail(name));
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
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
        }
        for (Process p : processes) {
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
