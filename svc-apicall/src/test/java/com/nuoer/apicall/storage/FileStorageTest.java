package com.nuoer.apicall.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both storage implementations keep the same contract; the S3 one is checked against a tiny S3-compatible fake. */
class FileStorageTest {

    @TempDir
    Path dir;

    private static void roundTrip(FileStorage storage) throws Exception {
        String key = "model/match/20260301/样本 1.csv";
        assertThat(storage.exists(key)).isFalse();
        byte[] body = "姓名,手机号\n张三,13800000000\n".getBytes(StandardCharsets.UTF_8);
        storage.put(key, new ByteArrayInputStream(body), body.length, "text/csv");
        assertThat(storage.exists(key)).isTrue();
        assertThat(storage.size(key)).isEqualTo(body.length);
        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
        storage.put(key, new ByteArrayInputStream("x".getBytes()), -1, null);
        String local = storage.withLocalFile(key, p -> java.nio.file.Files.readString(p));
        assertThat(local).isEqualTo("x");
        storage.delete(key);
        assertThat(storage.exists(key)).isFalse();
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(FileStorage.NoSuchFileException.class);
    }

    @Test
    void localStorageRoundTripAndNoEscapeFromItsDirectory() throws Exception {
        LocalFileStorage local = new LocalFileStorage(dir.resolve("files"));
        roundTrip(local);
        for (String bad : List.of("../etc/passwd", "/abs", "a//b", "a/../../b", "a\\b", "")) {
            assertThatThrownBy(() -> local.exists(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void s3StorageSpeaksSignedS3RequestsToACompatibleStore() throws Exception {
        Map<String, byte[]> objects = new ConcurrentHashMap<>();
        List<String> auth = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            auth.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            byte[] in = ex.getRequestBody().readAllBytes();
            String sha = ex.getRequestHeaders().getFirst("x-amz-content-sha256");
            if (sha != null && sha.startsWith("STREAMING-")) {
                in = dechunk(in);
            }
            switch (ex.getRequestMethod()) {
                case "PUT" -> {
                    objects.put(path, in);
                    ex.getResponseHeaders().add("ETag", "\"e\"");
                    ex.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    byte[] o = objects.get(path);
                    if (o == null) {
                        byte[] err = "<Error><Code>NoSuchKey</Code><Message>none</Message></Error>".getBytes();
                        ex.getResponseHeaders().add("Content-Type", "application/xml");
                        ex.sendResponseHeaders(404, ex.getRequestMethod().equals("HEAD") ? -1 : err.length);
                        if (!ex.getRequestMethod().equals("HEAD")) {
                            ex.getResponseBody().write(err);
                        }
                    } else if (ex.getRequestMethod().equals("HEAD")) {
                        ex.getResponseHeaders().add("Content-Length", String.valueOf(o.length));
                        ex.sendResponseHeaders(200, -1);
                    } else {
                        ex.sendResponseHeaders(200, o.length);
                        ex.getResponseBody().write(o);
                    }
                }
                case "DELETE" -> {
                    objects.remove(path);
                    ex.sendResponseHeaders(204, -1);
                }
                default -> ex.sendResponseHeaders(405, -1);
            }
            ex.close();
        });
        server.start();
        try (S3FileStorage s3 = new S3FileStorage(new StorageProperties.S3(
                "http://127.0.0.1:" + server.getAddress().getPort(), "us-east-1", "nuoer-files", "AKIDEXAMPLE",
                "secret", true, "apicall"))) {
            roundTrip(s3);
            assertThat(auth).allMatch(a -> a.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
        } finally {
            server.stop(0);
        }
        assertThat(objects).isEmpty();
    }

    /** Decodes aws-chunked bodies ({@code <hex size>;chunk-signature=...\r\n<data>\r\n ... 0;...}). */
    private static byte[] dechunk(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < in.length) {
            int lineEnd = indexOf(in, i);
            String header = new String(in, i, lineEnd - i, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(in, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, int from) {
        for (int i = from; i < in.length - 1; i++) {
            if (in[i] == '\r' && in[i + 1] == '\n') {
                return i;
            }
        }
        return in.length;
    }
}
