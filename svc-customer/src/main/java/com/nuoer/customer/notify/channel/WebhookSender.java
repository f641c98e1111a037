package com.nuoer.customer.notify.channel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Webhook notices: HTTP POST of {@code {msgtype, title, content, templateCode, orderNo}} to the contact's URL, with
 * connect/read timeouts and up to {@code nuoer.notify.webhook.attempts} tries (linear backoff) until a 2xx answer.
 */
@Component
public class WebhookSender {

    private final RestClient client;
    private final int attempts;
    private final Duration backoff;

    public WebhookSender(@Value("${nuoer.notify.webhook.connect-timeout:PT2S}") Duration connectTimeout,
                         @Value("${nuoer.notify.webhook.read-timeout:PT3S}") Duration readTimeout,
                         @Value("${nuoer.notify.webhook.attempts:3}") int attempts,
                         @Value("${nuoer.notify.webhook.backoff:PT0.3S}") Duration backoff) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(connectTimeout);
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().requestFactory(factory).build();
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
    }

    public long datasourceId() {
        return 3L;
    }

    public String datasourceName() {
        return "Webhook";
    }

    public Delivery send(OutgoingMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "text");
        body.put("title", message.subject());
        body.put("content", message.content());
        body.put("templateCode", message.templateCode());
        body.put("orderNo", message.orderNo());
        String lastError = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                client.post().uri(message.to().get(0)).contentType(MediaType.APPLICATION_JSON).body(body)
                        .retrieve().toBodilessEntity();
                return Delivery.sent(null, attempt);
            } catch (RestClientException | IllegalArgumentException e) {
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (attempt < attempts) {
                try {
                    Thread.sleep(backoff.toMillis() * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return Delivery.failed(lastError != null && lastError.length() > 500 ? lastError.substring(0, 500) : lastError,
                attempts);
    }
}
