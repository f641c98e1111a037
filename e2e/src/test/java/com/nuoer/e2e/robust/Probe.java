package com.nuoer.e2e.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.e2e.Suite;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/** Sends any request (any method, content type and body) through the gateway and keeps the raw answer. */
public final class Probe {

    public record Answer(int status, String contentType, String text, JsonNode json) {
        public boolean isEnvelope() {
            return json != null && json.isObject() && json.has("code") && json.path("code").isInt()
                    && json.has("msg");
        }

        public int code() {
            return json == null ? Integer.MIN_VALUE : json.path("code").asInt(Integer.MIN_VALUE);
        }

        public String msg() {
            return json == null ? "" : json.path("msg").asText("");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;

    public Probe(Suite suite) {
        this(suite.gatewayUrl());
    }

    public Probe(String gatewayUrl) {
        this.base = gatewayUrl;
    }

    public static String path(String path, Map<String, String> pathValues, Map<String, String> query) {
        String p = path;
        for (Map.Entry<String, String> v : pathValues.entrySet()) {
            p = p.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        p = p.replaceAll("\\{[^}]+}", "1");
        if (query != null && !query.isEmpty()) {
            StringJoiner q = new StringJoiner("&", "?", "");
            query.forEach((k, v) -> q.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8)));
            p += q;
        }
        return p;
    }

    public Answer send(String method, String pathAndQuery, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json, */*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            // not JSON: json stays null
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), json);
    }

    public String login(String appcode, String username, String password) throws IOException, InterruptedException {
        Answer a = send("POST", "/mt/auth/login", null, "application/json", JSON.writeValueAsString(
                Map.of("appcode", appcode, "username", username, "password", password)));
        if (a.code() != 0) {
            throw new AssertionError("login " + appcode + "/" + username + " failed: " + a.text());
        }
        return a.json().path("data").path("stoken").asText();
    }
}
