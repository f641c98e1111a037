package com.nuoer.apicall.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.apicall.ApicallIntegrationBase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Download links: signed and expiring, no session needed; forged or expired links are refused as envelopes. */
class FileLinksIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    FileStorage storage;
    @Autowired
    FileLinks links;

    @Test
    void aSignedLinkDownloadsWithoutASessionUntilItExpires() {
        String key = "it/links/报告 1.txt";
        storage.put(key, new ByteArrayInputStream("hello 世界".getBytes(StandardCharsets.UTF_8)), -1, "text/plain");
        String url = links.url(key, "报告.txt");
        ResponseEntity<String> ok = get(url);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getBody()).isEqualTo("hello 世界");
        assertThat(ok.getHeaders().getContentDisposition().getFilename()).isEqualTo("报告.txt");
        assertThat(links.keyOf(url)).contains(key);

        ResponseEntity<String> forged = get(url.replace("it/links", "it/other"));
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(forged.getBody()).contains("\"code\":40310");

        String expired = links.url(key, "报告.txt", 1_000_000L);
        ResponseEntity<String> old = get(expired);
        assertThat(old.getStatusCode().value()).isEqualTo(403);
        assertThat(old.getBody()).contains("\"code\":40311");

        storage.delete(key);
        assertThat(get(url).getBody()).contains("\"code\":40410");
    }

    private ResponseEntity<String> get(String url) {
        return http.getForEntity(java.net.URI.create(http.getRootUri() + url), String.class);
    }
}
