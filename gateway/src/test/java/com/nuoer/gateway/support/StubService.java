package com.nuoer.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A downstream service stand-in: answers every request with the envelope
 * {@code {code:0, data:{service, method, path, query, body, headers:{lower-case name: first value}}}} and the header
 * {@code X-Stub-Service}; a path ending in
 * {@code /slow} answers after {@link #SLOW_MILLIS}.
 */
public final class StubService implements AutoCloseable {

    public static final long SLOW_MILLIS = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;

    private StubService(String name, HttpServer server, ExecutorService executor) {
        this.name = name;
        this.server = server;
        this.executor = executor;
    }

    public static StubService start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "stub-" + name);
                t.setDaemon(true);
                return t;
            });
            StubService stub = new StubService(name, server, executor);
            server.createContext("/", stub::handle);
            server.setExecutor(executor);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] received = exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Map<String, Object> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((key, values) ->
                    headers.put(key.toLowerCase(Locale.ROOT), values.get(0)));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("service", name);
            data.put("method", exchange.getRequestMethod());
            data.put("path", exchange.getRequestURI().getRawPath());
            data.put("query", exchange.getRequestURI().getRawQuery());
            data.put("body", new String(received, StandardCharsets.UTF_8));
            data.put("headers", headers);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", 0);
            body.put("msg", "success");
            body.put("data", data);
            byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Stub-Service", name);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
