package com.nuoer.testsupport;

import com.nuoer.infra.LocalTopology;
import com.nuoer.infra.PgDatabases;
import com.nuoer.infra.Ports;
import com.nuoer.infra.PostgresEngine;
import com.nuoer.infra.RedisEngine;
import com.nuoer.infra.RocketMqEngine;
import com.nuoer.infra.RocketMqLogging;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * PostgreSQL, Redis and RocketMQ for integration tests: started once per JVM on first use, never stopped explicitly
 * (PostgreSQL and Redis stop after the JVM's Spring contexts are closed; RocketMQ's shutdown is slow and simply ends
 * with the JVM).
 *
 * <p>Where each engine comes from, per engine:
 * <ol>
 *   <li>an already running one, if configured (system property or environment variable):
 *       {@code nuoer.test.pg-url} / {@code NUOER_TEST_PG_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:15432/}, user
 *       {@code NUOER_TEST_PG_USER} default {@code postgres}, password {@code NUOER_TEST_PG_PASSWORD} default empty),
 *       {@code nuoer.test.redis} / {@code NUOER_TEST_REDIS} ({@code host:port}),
 *       {@code nuoer.test.namesrv} / {@code NUOER_TEST_NAMESRV} ({@code host:port}; its broker must have the topics
 *       of {@link LocalTopology}, as local-infra's executable creates them);</li>
 *   <li>PostgreSQL: Testcontainers {@code postgres:17-alpine} and Redis: {@code redis:7-alpine} if a Docker engine is
 *       reachable ({@code nuoer.test.docker} / {@code NUOER_TEST_DOCKER} = {@code auto} (default) | {@code true} |
 *       {@code false});</li>
 *   <li>otherwise the embedded engines of local-infra on random ports with temporary directories.
 *       RocketMQ is always local-infra's in-process {@link RocketMqEngine} (random ports, temporary store, topics of
 *       {@link LocalTopology}).</li>
 * </ol>
 *
 * <p>Non-Spring users (e.g. an e2e harness starting service jars) use the static accessors; Spring tests use
 * {@link EnginesInitializer} / {@link IntegrationTest}. When the working directory has a {@code target} folder
 * (Maven), RocketMQ's own log goes to {@code target/rocketmq-logs}, its temporary store to
 * {@code target/nuoer-rocketmq-*} (deleted at exit) and PostgreSQL's server log to {@code target/postgres.log}.
 */
public final class TestEngines {

    private static final Logger log = LoggerFactory.getLogger(TestEngines.class);
    private static final Object LOCK = new Object();
    private static volatile TestEngines instance;
    private static volatile RuntimeException failure;

    private final String pgBaseUrl;
    private final String pgUser;
    private final String pgPassword;
    private final String pgSource;
    private final String redisHost;
    private final int redisPort;
    private final String redisSource;
    private final String nameServer;
    private final String mqSource;
    private final long startMillis;
    private final Set<String> databases = ConcurrentHashMap.newKeySet();

    private TestEngines(Pg pg, Redis redis, Mq mq, long startMillis) {
        this.pgBaseUrl = pg.baseUrl;
        this.pgUser = pg.user;
        this.pgPassword = pg.password;
        this.pgSource = pg.source;
        this.redisHost = redis.host;
        this.redisPort = redis.port;
        this.redisSource = redis.source;
        this.nameServer = mq.nameServer;
        this.mqSource = mq.source;
        this.startMillis = startMillis;
    }

    /** The engines, starting them on the first call (thread-safe; later calls return at once). */
    public static TestEngines get() {
        TestEngines e = instance;
        if (e == null) {
            synchronized (LOCK) {
                e = instance;
                if (e == null) {
                    if (failure != null) {
                        throw failure; // don't start a second set of engines after a half-failed start
                    }
                    try {
                        e = start();
                    } catch (RuntimeException ex) {
                        failure = ex;
                        throw ex;
                    }
                    instance = e;
                }
            }
        }
        return e;
    }

    // ---- static accessors (start the engines if needed) ----

    /** JDBC URL of database {@code db}, created first if missing ({@code [a-z_][a-z0-9_]*} names only). */
    public static String jdbcUrl(String db) {
        return get().database(db);
    }

    /** {@code jdbc:postgresql://host:port/} without a database. */
    public static String jdbcBaseUrl() {
        return get().pgBaseUrl;
    }

    public static String dbUsername() {
        return get().pgUser;
    }

    public static String dbPassword() {
        return get().pgPassword;
    }

    public static String redisHost() {
        return get().redisHost;
    }

    public static int redisPort() {
        return get().redisPort;
    }

    /** {@code host:port} of the RocketMQ name server (value for {@code rocketmq.name-server}). */
    public static String nameServer() {
        return get().nameServer;
    }

    /** Where the engines come from, e.g. {@code pg=embedded redis=embedded rocketmq=in-process (1800 ms)}. */
    public static String describe() {
        TestEngines e = get();
        return "pg=" + e.pgSource + " redis=" + e.redisSource + " rocketmq=" + e.mqSource
                + " (" + e.startMillis + " ms)";
    }

    /** Creates database {@code db} if missing; returns its JDBC URL. */
    public String database(String db) {
        if (databases.add(db)) {
            try {
                PgDatabases.createDatabaseIfMissing(pgBaseUrl, pgUser, pgPassword, db);
            } catch (RuntimeException e) {
                databases.remove(db);
                throw e;
            }
        }
        return PgDatabases.jdbcUrl(pgBaseUrl, db);
    }

    // ---- start-up ----

    private record Pg(String baseUrl, String user, String password, String source) {
    }

    private record Redis(String host, int port, String source) {
    }

    private record Mq(String nameServer, String source) {
    }

    private static TestEngines start() {
        long t0 = System.nanoTime();
        List<AutoCloseable> toClose = new ArrayList<>();
        Path target = Paths.get("target");
        boolean maven = Files.isDirectory(target);

        String pgUrl = setting("nuoer.test.pg-url", "NUOER_TEST_PG_URL", null);
        String redisAddr = setting("nuoer.test.redis", "NUOER_TEST_REDIS", null);
        String nsAddr = setting("nuoer.test.namesrv", "NUOER_TEST_NAMESRV", null);

        // before anything touches RocketMQ classes (broker or client): its shaded logback is configured once per
        // JVM, and with the broker jar on the class path it would otherwise pick the broker's noisy configuration
        RocketMqLogging.configure(maven ? target.resolve("rocketmq-logs") : null);
        // RocketMQ first: it doesn't depend on Docker, so it starts while Docker is probed
        CompletableFuture<Mq> mqF = async("test-engines-rocketmq", () -> {
            if (nsAddr != null) {
                requireReachable("NUOER_TEST_NAMESRV", nsAddr);
                return new Mq(nsAddr, "external " + nsAddr);
            }
            RocketMqEngine mq = RocketMqEngine.startTemporary(LocalTopology.TOPICS, maven ? target : null);
            return new Mq(mq.nameServerAddress(), "in-process");
        });
        boolean docker = (pgUrl == null || redisAddr == null) && dockerAvailable();
        CompletableFuture<Redis> redisF = async("test-engines-redis", () -> {
            if (redisAddr != null) {
                requireReachable("NUOER_TEST_REDIS", redisAddr);
                int i = redisAddr.lastIndexOf(':');
                return new Redis(redisAddr.substring(0, i), Integer.parseInt(redisAddr.substring(i + 1)),
                        "external " + redisAddr);
            }
            if (docker) {
                return DockerEngines.redis(toClose);
            }
            RedisEngine redis = RedisEngine.start(0);
            synchronized (toClose) {
                toClose.add(redis);
            }
            return new Redis(redis.host(), redis.port(), "embedded");
        });
        CompletableFuture<Pg> pgF = async("test-engines-postgres", () -> {
            if (pgUrl != null) {
                String user = setting("nuoer.test.pg-user", "NUOER_TEST_PG_USER", PostgresEngine.USER);
                String password = setting("nuoer.test.pg-password", "NUOER_TEST_PG_PASSWORD", "");
                return new Pg(PgDatabases.jdbcUrl(pgUrl, ""), user, password, "external " + pgUrl);
            }
            if (docker) {
                return DockerEngines.postgres(toClose);
            }
            PostgresEngine pg = PostgresEngine.startTemporary(0, maven ? target.resolve("postgres.log") : null);
            synchronized (toClose) {
                toClose.add(pg);
            }
            return new Pg(pg.baseUrl(), pg.username(), pg.password(), "embedded");
        });

        // after every Spring context of this JVM is closed (SpringApplication's shutdown handlers run then), not in a
        // JVM hook of its own beside them: a context closing against a PostgreSQL already stopped made Hikari retry its
        // connections for half a minute
        SpringApplication.getShutdownHandlers().add(() -> {
            List<AutoCloseable> list;
            synchronized (toClose) {
                list = new ArrayList<>(toClose);
            }
            for (AutoCloseable c : list) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // JVM is exiting anyway
                }
            }
        });

        try {
            Pg pg = pgF.join();
            Redis redis = redisF.join();
            Mq mq = mqF.join();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            TestEngines engines = new TestEngines(pg, redis, mq, ms);
            log.info("Test engines ready in {} ms: pg {} ({}), redis {}:{} ({}), rocketmq {} ({})", ms,
                    pg.baseUrl, pg.source, redis.host, redis.port, redis.source, mq.nameServer, mq.source);
            return engines;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("test engines failed to start: " + cause.getMessage(), cause);
        }
    }

    /** Docker reachable? Bounded to 20 s even if a configured Docker host hangs; throws only if forced and absent. */
    static boolean dockerAvailable() {
        String mode = setting("nuoer.test.docker", "NUOER_TEST_DOCKER", "auto").toLowerCase();
        if (mode.equals("false") || mode.equals("never") || mode.equals("no")) {
            return false;
        }
        boolean forced = mode.equals("true") || mode.equals("always") || mode.equals("yes");
        if (!forced && !dockerConfigured()) {
            return false; // nothing that could point at a Docker engine: skip the ~2 s Testcontainers probe
        }
        CompletableFuture<Boolean> probe = async("docker-probe", () -> {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (Throwable e) {
                return false;
            }
        });
        boolean available;
        try {
            available = probe.get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        } catch (ExecutionException | TimeoutException e) {
            available = false;
        }
        if (!available && forced) {
            throw new IllegalStateException("NUOER_TEST_DOCKER=" + mode + " but no Docker engine is reachable");
        }
        return available;
    }

    /**
     * Cheap pre-check before asking Testcontainers: is there any hint of a Docker engine (DOCKER_HOST, a Testcontainers
     * configuration, a Docker context, or one of the usual sockets)? Without any, Testcontainers would fail anyway.
     */
    static boolean dockerConfigured() {
        if (System.getenv("DOCKER_HOST") != null || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null
                || System.getenv("DOCKER_CONTEXT") != null || System.getProperty("docker.host") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        List<Path> hints = new ArrayList<>(List.of(
                Paths.get("/var/run/docker.sock"),
                Paths.get("/run/docker.sock"),
                Paths.get(home, ".testcontainers.properties"),
                Paths.get(home, ".docker", "run", "docker.sock"),
                Paths.get(home, ".docker", "desktop", "docker.sock"),
                Paths.get(home, ".colima", "default", "docker.sock"),
                Paths.get(home, ".rd", "docker.sock"),
                Paths.get(home, ".orbstack", "run", "docker.sock")));
        String xdg = System.getenv("XDG_RUNTIME_DIR");
        if (xdg != null) {
            hints.add(Paths.get(xdg, "docker.sock"));
            hints.add(Paths.get(xdg, "podman", "podman.sock"));
        }
        if (hints.stream().anyMatch(Files::exists)) {
            return true;
        }
        Path dockerConfig = Paths.get(home, ".docker", "config.json");
        try {
            return Files.exists(dockerConfig) && Files.readString(dockerConfig).contains("currentContext");
        } catch (Exception e) {
            return false;
        }
    }

    private static void requireReachable(String what, String hostPort) {
        int i = hostPort.lastIndexOf(':');
        if (i <= 0) {
            throw new IllegalArgumentException(what + " must be host:port, got " + hostPort);
        }
        String host = hostPort.substring(0, i);
        int port = Integer.parseInt(hostPort.substring(i + 1));
        if (!Ports.isListening(host, port, 3000)) {
            throw new IllegalStateException(what + "=" + hostPort + " but nothing listens there");
        }
    }

    static String setting(String property, String env, String def) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? def : v.trim();
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

    /** Testcontainers engines; a separate class so its types are only loaded when Docker is used. */
    private static final class DockerEngines {

        static Pg postgres(List<AutoCloseable> toClose) {
            org.testcontainers.containers.PostgreSQLContainer<?> c =
                    new org.testcontainers.containers.PostgreSQLContainer<>(
                            org.testcontainers.utility.DockerImageName.parse("postgres:17-alpine"));
            c.withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
            c.start();
            synchronized (toClose) {
                toClose.add(c::stop);
            }
            String base = "jdbc:postgresql://" + c.getHost() + ":"
                    + c.getMappedPort(org.testcontainers.containers.PostgreSQLContainer.POSTGRESQL_PORT) + "/";
            return new Pg(base, c.getUsername(), c.getPassword(), "docker postgres:17-alpine");
        }

        static Redis redis(List<AutoCloseable> toClose) {
            org.testcontainers.containers.GenericContainer<?> c = new org.testcontainers.containers.GenericContainer<>(
                    org.testcontainers.utility.DockerImageName.parse("redis:7-alpine"));
            c.withExposedPorts(6379);
            c.start();
            synchronized (toClose) {
                toClose.add(c::stop);
            }
            return new Redis(c.getHost(), c.getMappedPort(6379), "docker redis:7-alpine");
        }
    }
}
