package com.nuoer.apicall.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.open.Signature;
import com.nuoer.apicall.source.CredentialCipher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The generic HTTP connector driven by the upstream configuration: {@code POST reqUrl} with the subject as JSON,
 * {@code X-Req-Key} and an HMAC-SHA256 signature of the body with {@code reqSecret}; a 2xx JSON answer is a success
 * ({@code found} unless it says {@code "found": false} or {@code "result": "0"}), anything else (status, timeout,
 * connection error) a failed attempt. Serves every configuration whose service is not a sandbox.
 */
@Component
@Order(100)
public class HttpConnector implements UpstreamConnector {

    private final ObjectMapper json;
    private final CredentialCipher cipher;
    private final HttpClient client;
    private final Duration timeout;

    public HttpConnector(ObjectMapper json, CredentialCipher cipher,
                         @Value("${nuoer.apicall.upstream.connect-timeout:PT1S}") Duration connectTimeout,
                         @Value("${nuoer.apicall.upstream.timeout:PT3S}") Duration timeout) {
        this.json = json;
        this.cipher = cipher;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    @Override
    public boolean supports(String service) {
        return true;
    }

    @Override
    public UpstreamAnswer call(UpstreamRoute route, UpstreamRequest request) {
        if (route.reqUrl() == null || !(route.reqUrl().startsWith("http://") || route.reqUrl().startsWith("https://"))) {
            throw new UpstreamException("上游地址无效: " + route.reqUrl());
        }
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("seqNo", request.seqNo());
            body.put("item", request.checkItem());
            body.put("name", request.name());
            body.put("idCard", request.idCard());
            body.put("mobile", request.mobile());
            body.put("encryptionType", request.encryptionType());
            body.put("scene", request.scene());
            String payload = json.writeValueAsString(body);
            String secret = route.reqSecretEnc() == null ? "" : cipher.decrypt(route.reqSecretEnc());
            String ts = String.valueOf(System.currentTimeMillis());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(route.reqUrl())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("X-Timestamp", ts)
                    .header("X-Signature", Signature.sign(secret, "POST", URI.create(route.reqUrl()).getPath(), ts,
                            request.seqNo(), payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload));
            if (route.reqKeyEnc() != null) {
                b.header("X-Req-Key", cipher.decrypt(route.reqKeyEnc()));
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new UpstreamException("上游返回HTTP " + r.statusCode());
            }
            JsonNode node = json.readTree(r.body());
            boolean found = !(node.path("found").isBoolean() && !node.path("found").asBoolean())
                    && !"0".equals(node.path("result").asText(null));
            return new UpstreamAnswer(found, r.body(), found ? 0 : 1, found ? "查询成功" : "查无数据",
                    node.path("seqNo").asText(null), null);
        } catch (UpstreamException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException("上游调用被中断", e);
        } catch (Exception e) {
            throw new UpstreamException("上游调用失败: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }
}
