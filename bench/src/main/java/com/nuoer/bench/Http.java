package com.nuoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the console endpoints (login once, then Bearer token). */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    public Http(String base) {
        this.base = base;
    }

    /** POST /mt/auth/login; keeps the stoken. */
    public Http login(String appcode, String username, String password) throws Exception {
        JsonNode r = post("/mt/auth/login", JSON.createObjectNode().put("appcode", appcode).put("username", username)
                .put("password", password));
        if (r.path("code").asInt(-1) != 0 || r.path("data").path("stoken").isMissingNode()) {
            throw new IllegalStateException("login " + appcode + "/" + username + " failed: " + r);
        }
        token = r.path("data").path("stoken").asText();
        return this;
    }

    public JsonNode post(String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            return JSON.createObjectNode().put("code", -r.statusCode()).put("msg", r.body());
        }
    }

    /** POST expecting envelope code 0. */
    public JsonNode ok(String path, Object body) throws Exception {
        JsonNode r = post(path, body);
        if (r.path("code").asInt(-1) != 0) {
            throw new IllegalStateException(path + " answered " + r);
        }
        return r;
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
