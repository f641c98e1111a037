package com.nuoer.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/** A real Redis 6.2 (codemonstur embedded-redis binary) on a free loopback port, no persistence. */
public final class EmbeddedRedis {

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedis start() {
        int port = Ports.free();
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("maxmemory 64mb")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            EmbeddedRedis redis = new EmbeddedRedis(server, port);
            Runtime.getRuntime().addShutdownHook(new Thread(redis::stop, "embedded-redis-stop"));
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized void stop() {
        try {
            if (server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
