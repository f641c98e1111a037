package com.nuoer.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the gateway: JSON in, envelope out. */
public final class Gateway {

    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        public int code() {
            return body.path("code").asInt(Integer.MIN_VALUE);
        }

        public JsonNode data() {
            return body.path("data");
        }
    }

    public static final Map<String, String[]> DEMO_ACCOUNTS = Map.of(
            "crm", new String[] {"admin", "Admin@123"},
            "sales", new String[] {"sales01", "Sales@123"},
            "beeback", new String[] {"demo", "Demo@123"});

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;

    public Gateway(Suite suite) {
        this(suite.gatewayUrl());
    }

    /** A client of one instance directly (e.g. {@code http://127.0.0.1:<port of svc-apicall-2>}), bypassing the gateway. */
    public Gateway(String base) {
        this.base = base;
    }

    public Answer post(String path, String token, Object body) throws IOException, InterruptedException {
        return postRaw(path, token, JSON.writeValueAsString(body), Map.of());
    }

    public Answer postRaw(String path, String token, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request, token);
    }

    public Answer get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15)).GET(), token);
    }

    /** A page outside the JSON API (e.g. the sandbox signing page): status and text as served. */
    public HttpResponse<String> getText(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An empty HTML form post (a button on a page), answered with a page. */
    public HttpResponse<String> postForm(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The balance of the demo customer's wallet (id 1) as its console shows it (beeback queryWallet). */
    public BigDecimal demoWalletBalance(String customerToken) throws IOException, InterruptedException {
        Answer wallet = post("/mt/beeback/wallet/queryWallet", customerToken, Map.of("walletId", 1));
        if (wallet.code() != 0) {
            throw new AssertionError("queryWallet failed: " + wallet.body());
        }
        return new BigDecimal(wallet.data().path("balance").asText());
    }

    /** Logs in with a demo account of the app and returns the stoken. */
    public String login(String appcode) throws IOException, InterruptedException {
        String[] account = DEMO_ACCOUNTS.get(appcode);
        Answer answer = post("/mt/auth/login", null,
                Map.of("appcode", appcode, "username", account[0], "password", account[1]));
        if (answer.code() != 0) {
            throw new AssertionError("login " + appcode + " failed: " + answer.body());
        }
        return answer.data().path("stoken").asText();
    }

    private Answer send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (HTTP " + response.statusCode() + "): " + response.body());
        }
        return new Answer(response.statusCode(), body, response);
    }
}
