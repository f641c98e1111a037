package com.nuoer.wallet.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for svc-customer's {@code GET /internal/customer/contacts}: answers two contacts (sms + e-mail, and
 * sms only) of any organisation, or a 503 while {@link #failing} is set. One per JVM, shared by the test context.
 */
public final class ContactsStub {

    public static final AtomicBoolean failing = new AtomicBoolean();
    public static final AtomicInteger calls = new AtomicInteger();
    private static HttpServer server;

    private ContactsStub() {
    }

    public static synchronized int port() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/internal/customer/contacts", exchange -> {
                calls.incrementAndGet();
                String query = exchange.getRequestURI().getQuery();
                String org = query.replaceAll(".*organizationId=(\\d+).*", "$1");
                byte[] body;
                int status;
                if (failing.get()) {
                    status = 503;
                    body = "{\"code\":50300,\"msg\":\"down\",\"timestamp\":0,\"traceId\":\"\"}".getBytes(StandardCharsets.UTF_8);
                } else {
                    status = 200;
                    body = ("{\"code\":0,\"msg\":\"success\",\"data\":["
                            + "{\"id\":901,\"organizationId\":" + org + ",\"linkman\":\"张预警\",\"mobile\":\"13900000901\","
                            + "\"email\":\"alert@demo.example\",\"webhook\":null,\"isDefault\":true},"
                            + "{\"id\":902,\"organizationId\":" + org + ",\"linkman\":\"王值班\",\"mobile\":\"13900000902\","
                            + "\"email\":null,\"webhook\":null,\"isDefault\":true}],\"timestamp\":0,\"traceId\":\"\"}")
                            .getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }
        return server.getAddress().getPort();
    }
}
