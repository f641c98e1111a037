package com.nuoer.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real Redis 6.2 server (the linux binary shipped in codemonstur embedded-redis), bound to 127.0.0.1,
 * no persistence ({@code save ""}, {@code appendonly no}).
 */
public final class RedisEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisEngine.class);

    private final RedisServer server;
    private final int port;
    private volatile boolean closed;

    private RedisEngine(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param port 0 = a random free port. Retried a few times: when another thread forks a process (PostgreSQL,
     * started in parallel) while the Redis binary is being written, exec fails with ETXTBSY ("Text file busy"), a
     * known JVM race; a random port may also be taken between choosing and binding it.
     */
    public static RedisEngine start(int port) {
        UncheckedIOException last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                return startOnce(port);
            } catch (UncheckedIOException e) {
                last = e;
                log.warn("Redis start attempt {} failed: {}", attempt, rootMessage(e));
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static RedisEngine startOnce(int port) {
        long t0 = System.nanoTime();
        int p = port == 0 ? Ports.freePort() : port;
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(p)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("protected-mode no")
                    .setting("maxmemory 256mb")
                    .setting("maxmemory-policy noeviction")
                    .onShutdownForceStop(false) // SIGTERM and wait, so the port is free when close() returns
                    .build();
            server.start();
            log.info("Redis started on port {} ({} ms)", p, (System.nanoTime() - t0) / 1_000_000);
            return new RedisEngine(server, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis on port " + p, e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** Stops the server. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.stop();
        } catch (IOException e) {
            log.warn("stopping Redis failed: {}", e.toString());
        }
    }
}
