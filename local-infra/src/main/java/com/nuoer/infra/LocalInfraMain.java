package com.nuoer.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PostgreSQL, Redis and RocketMQ (name server + broker) for a local run of the whole platform, without Docker:
 * {@code java -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar local-infra/target/local-infra.jar}.
 *
 * <p>Settings (system property, else environment variable, else default):
 * <ul>
 *   <li>{@code nuoer.pg.port} / {@code NUOER_PG_PORT} = 15432</li>
 *   <li>{@code nuoer.redis.port} / {@code NUOER_REDIS_PORT} = 16379</li>
 *   <li>{@code nuoer.namesrv.port} / {@code NUOER_NAMESRV_PORT} = 19876</li>
 *   <li>{@code nuoer.broker.port} / {@code NUOER_BROKER_PORT} = 10911 (the broker also uses port-2 and port+1)</li>
 *   <li>{@code nuoer.smtp.port} / {@code NUOER_SMTP_PORT} and {@code nuoer.pop3.port} / {@code NUOER_POP3_PORT}: a local
 *       mail server ({@link MailEngine}) that receives every e-mail of the suite; 0 (default) = none ({@code run.sh}
 *       sets 12525 / 12110)</li>
 *   <li>{@code nuoer.data.dir} / {@code NUOER_DATA_DIR} = {@code .run/data} (relative to the working directory)</li>
 *   <li>{@code nuoer.infra.shutdown-wait-seconds} / {@code NUOER_INFRA_SHUTDOWN_WAIT_SECONDS} = 15 (max wait for the
 *       broker on shutdown)</li>
 * </ul>
 *
 * <p>Layout: PostgreSQL cluster in {@code <dataDir>/postgres} (reused across restarts: data survives), RocketMQ store
 * in {@code <dataDir>/rocketmq}, logs in {@code <dataDir>/../logs/postgres.log} and {@code .../rocketmq.log}.
 * Creates the databases and topics of {@link LocalTopology}, then prints
 * {@code INFRA READY pg=15432 redis=16379 namesrv=19876} and writes the same line to {@code <dataDir>/../infra.ready}
 * (deleted again on shutdown). SIGTERM/SIGINT stop everything (shutdown hook). Exit code 1 if anything fails to start.
 */
public final class LocalInfraMain {

    private volatile PostgresEngine pg;
    private volatile RedisEngine redis;
    private volatile RocketMqEngine mq;
    private volatile MailEngine mail;

    private final int pgPort;
    private final int redisPort;
    private final int namesrvPort;
    private final int brokerPort;
    private final int smtpPort;
    private final int pop3Port;
    private final Path dataDir;
    private final Path runDir;
    private final Path logDir;
    private final Path readyFile;
    private final Duration shutdownWait;
    private Logger log;

    private LocalInfraMain() {
        pgPort = Integer.parseInt(setting("nuoer.pg.port", "NUOER_PG_PORT", "15432"));
        redisPort = Integer.parseInt(setting("nuoer.redis.port", "NUOER_REDIS_PORT", "16379"));
        namesrvPort = Integer.parseInt(setting("nuoer.namesrv.port", "NUOER_NAMESRV_PORT", "19876"));
        brokerPort = Integer.parseInt(setting("nuoer.broker.port", "NUOER_BROKER_PORT", "10911"));
        smtpPort = Integer.parseInt(setting("nuoer.smtp.port", "NUOER_SMTP_PORT", "0"));
        pop3Port = Integer.parseInt(setting("nuoer.pop3.port", "NUOER_POP3_PORT", "0"));
        dataDir = Paths.get(setting("nuoer.data.dir", "NUOER_DATA_DIR", ".run/data")).toAbsolutePath().normalize();
        runDir = dataDir.getParent() != null ? dataDir.getParent() : dataDir;
        logDir = runDir.resolve("logs");
        readyFile = runDir.resolve("infra.ready");
        shutdownWait = Duration.ofSeconds(Long.parseLong(
                setting("nuoer.infra.shutdown-wait-seconds", "NUOER_INFRA_SHUTDOWN_WAIT_SECONDS", "15")));
    }

    public static void main(String[] args) {
        // before the first logger is created: our console config, and RocketMQ's logs into one file
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "local-infra-logback.xml");
        }
        LocalInfraMain main = new LocalInfraMain();
        RocketMqLogging.configure(main.logDir);
        main.log = LoggerFactory.getLogger(LocalInfraMain.class);
        try {
            main.run();
        } catch (Throwable e) {
            main.log.error("INFRA FAILED: {}", e.toString(), e);
            System.err.println("INFRA FAILED: " + rootMessage(e));
            System.exit(1); // the shutdown hook stops whatever had started
        }
        try {
            new CountDownLatch(1).await(); // run until SIGTERM/SIGINT
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(dataDir);
        Files.createDirectories(logDir);
        Files.deleteIfExists(readyFile);
        checkPortsFree();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-infra-shutdown"));

        CompletableFuture<RocketMqEngine> mqF = async("start-rocketmq", () ->
                RocketMqEngine.start(namesrvPort, brokerPort, dataDir.resolve("rocketmq"), LocalTopology.TOPICS));
        CompletableFuture<RedisEngine> redisF = async("start-redis", () -> RedisEngine.start(redisPort));
        mqF.thenAccept(e -> mq = e); // remembered as soon as up, so the hook can stop it even if others fail
        redisF.thenAccept(e -> redis = e);

        if (smtpPort > 0) {
            mail = MailEngine.start(smtpPort, pop3Port);
        }
        pg = PostgresEngine.startPersistent(pgPort, dataDir.resolve("postgres"), logDir.resolve("postgres.log"));
        List<String> created = new ArrayList<>();
        for (String db : LocalTopology.DATABASES) {
            if (pg.createDatabaseIfMissing(db)) {
                created.add(db);
            }
        }
        log.info("databases ready ({} created now: {})", LocalTopology.DATABASES.size(), created);
        try {
            redis = redisF.join();
            mq = mqF.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }

        String line = "INFRA READY pg=" + pg.port() + " redis=" + redis.port() + " namesrv=" + mq.nameServerPort()
                + (mail == null ? "" : " smtp=" + mail.smtpPort() + " pop3=" + mail.pop3Port());
        Path tmp = readyFile.resolveSibling("infra.ready.tmp");
        Files.writeString(tmp, line + System.lineSeparator(), StandardCharsets.UTF_8);
        Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        startControl();
        log.info("all engines up in {} ms (data {}, logs {})", (System.nanoTime() - t0) / 1_000_000, dataDir, logDir);
        System.out.println(line);
        System.out.flush();
    }

    /**
     * Optional control port for crash tests ({@code NUOER_INFRA_CONTROL_PORT}, loopback only, off by default):
     * {@code POST /broker/restart?downMillis=N} stops the RocketMQ broker, waits N ms (default 3000) and starts it again
     * on the same port and store; answers {@code restarted <ms>}.
     */
    private void startControl() throws IOException {
        int port = Integer.parseInt(setting("nuoer.infra.control-port", "NUOER_INFRA_CONTROL_PORT", "0"));
        if (port <= 0) {
            return;
        }
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/broker/restart", exchange -> {
            int status = 200;
            String answer;
            try {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    status = 405;
                    answer = "POST only";
                } else {
                    String query = exchange.getRequestURI().getQuery();
                    long down = query != null && query.startsWith("downMillis=")
                            ? Long.parseLong(query.substring("downMillis=".length())) : 3000;
                    answer = "restarted " + mq.restartBroker(Duration.ofMillis(down));
                }
            } catch (RuntimeException e) {
                status = 500;
                answer = e.toString();
                log.error("broker restart failed", e);
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        log.info("control port 127.0.0.1:{} (POST /broker/restart)", port);
    }

    private void checkPortsFree() {
        List<String> busy = new ArrayList<>();
        check(busy, "PostgreSQL", pgPort);
        check(busy, "Redis", redisPort);
        check(busy, "RocketMQ name server", namesrvPort);
        check(busy, "RocketMQ broker", brokerPort);
        check(busy, "RocketMQ broker fast channel", brokerPort - 2);
        check(busy, "RocketMQ broker HA", brokerPort + 1);
        check(busy, "SMTP", smtpPort);
        check(busy, "POP3", pop3Port);
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports already in use (is local-infra already running?): " + busy);
        }
    }

    private static void check(List<String> busy, String what, int port) {
        if (port != 0 && !Ports.isFree(port)) {
            busy.add(what + " " + port);
        }
    }

    private void stop() {
        try {
            Files.deleteIfExists(readyFile);
        } catch (IOException ignored) {
            // best effort
        }
        long t0 = System.nanoTime();
        RocketMqEngine m = mq;
        if (m != null) {
            m.closeAsync(); // slow: runs while Redis and PostgreSQL stop
        }
        RedisEngine r = redis;
        if (r != null) {
            r.close();
        }
        MailEngine mailServer = mail;
        if (mailServer != null) {
            mailServer.close();
        }
        PostgresEngine p = pg;
        if (p != null) {
            p.close();
        }
        if (m != null) {
            m.close(shutdownWait);
        }
        log.info("INFRA STOPPED ({} ms)", (System.nanoTime() - t0) / 1_000_000);
    }

    private static <T> CompletableFuture<T> async(String name, Supplier<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return f;
    }

    static String setting(String property, String env, String def) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? def : v.trim();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t + ")";
    }
}
