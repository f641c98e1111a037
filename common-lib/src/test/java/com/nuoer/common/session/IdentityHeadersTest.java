package com.nuoer.common.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityHeadersTest {

    private final IdentityHeaders headers = new IdentityHeaders("a-secret-of-enough-length");
    private final String payload = IdentityHeaders.encodePayload("{\"appcode\":\"crm\",\"userId\":1}");
    private final long now = 1_700_000_000_000L;

    @Test
    void aFreshSignatureVerifies() {
        String signature = headers.sign(payload, now);

        assertThat(headers.verify(payload, Long.toString(now), signature, now + 1000)).isTrue();
        assertThat(IdentityHeaders.decodePayload(payload)).contains("\"crm\"");
    }

    @Test
    void aChangedPayloadOrTimestampDoesNotVerify() {
        String signature = headers.sign(payload, now);
        String forged = IdentityHeaders.encodePayload("{\"appcode\":\"crm\",\"userId\":2}");

        assertThat(headers.verify(forged, Long.toString(now), signature, now)).isFalse();
        assertThat(headers.verify(payload, Long.toString(now + 1), signature, now)).isFalse();
    }

    @Test
    void anotherSecretDoesNotVerify() {
        String signature = new IdentityHeaders("another-secret-of-length").sign(payload, now);

        assertThat(headers.verify(payload, Long.toString(now), signature, now)).isFalse();
    }

    @Test
    void aStaleSignatureIsRefused() {
        String signature = headers.sign(payload, now);

        assertThat(headers.verify(payload, Long.toString(now), signature, now + IdentityHeaders.MAX_AGE_MILLIS + 1))
                .isFalse();
    }

    @Test
    void missingOrMalformedPartsAreRefused() {
        assertThat(headers.verify(payload, "not-a-number", "x", now)).isFalse();
        assertThat(headers.verify(payload, null, "x", now)).isFalse();
        assertThat(headers.verify(null, Long.toString(now), "x", now)).isFalse();
    }

    @Test
    void theThreeHeadersCarryAVerifiableIdentity() {
        var built = headers.headersFor("{\"appcode\":\"crm\",\"userId\":1}", now);

        assertThat(built.get(IdentityHeaders.IDENTITY)).isEqualTo(payload);
        assertThat(built.get(IdentityHeaders.TIMESTAMP)).isEqualTo(Long.toString(now));
        assertThat(headers.verify(built.get(IdentityHeaders.IDENTITY), built.get(IdentityHeaders.TIMESTAMP),
                built.get(IdentityHeaders.SIGNATURE), now)).isTrue();
    }

    @Test
    void aShortSecretIsRejectedAtStartUp() {
        assertThatThrownBy(() -> new IdentityHeaders("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
