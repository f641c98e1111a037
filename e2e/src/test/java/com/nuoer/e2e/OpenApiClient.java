package com.nuoer.e2e;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A customer system calling the open API ({@code POST /open/v1/{checkItem}}), signed with its appSecret as svc-apicall's
 * OpenApiController checks it: HMAC-SHA256 over method, path, timestamp, nonce and body. Through the gateway, or
 * straight at one instance (then with the {@code X-Real-IP} the gateway would have set).
 */
public record OpenApiClient(Gateway target, String appId, String appSecret, boolean direct) {

    public static final String PERSON = "{\"name\":\"张三\",\"idCard\":\"110101199001011234\",\"mobile\":\"13800000000\"}";

    /** The demo customer's prod developer account (first of {@code developerInfo}), calling through the gateway. */
    public static OpenApiClient demo(Gateway gateway) throws Exception {
        String customer = gateway.login("beeback");
        Gateway.Answer developer = gateway.post("/mt/beeback/dept/developerInfo", customer, Map.of("env", "prod"));
        if (developer.code() != 0) {
            throw new AssertionError("developerInfo: " + developer.body());
        }
        var account = developer.data().get(0);
        return new OpenApiClient(gateway, account.path("appId").asText(), account.path("appSecret").asText(), false);
    }

    /** The same account calling one instance directly (bypassing the gateway's load balancer). */
    public OpenApiClient at(Suite suite, String instance) {
        return new OpenApiClient(new Gateway("http://127.0.0.1:" + suite.port(instance)), appId, appSecret, true);
    }

    public Gateway.Answer call(String product) throws Exception {
        return call(product, PERSON);
    }

    /** One signed call with this JSON body (a {@code tradeNo} field in it makes the call idempotent). */
    public Gateway.Answer call(String product, String body) throws Exception {
        String path = "/open/v1/" + product;
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(
                ("POST\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("X-App-Id", appId, "X-Timestamp", timestamp,
                "X-Nonce", nonce, "X-Signature", signature));
        if (direct) {
            headers.put("X-Real-IP", "127.0.0.1");
        }
        return target.postRaw(path, null, body, headers);
    }
}
