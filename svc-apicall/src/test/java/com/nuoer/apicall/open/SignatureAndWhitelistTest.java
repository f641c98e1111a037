package com.nuoer.apicall.open;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureAndWhitelistTest {

    @Test
    void theSignatureCoversMethodPathTimestampNonceAndBody() {
        String s = Signature.sign("k", "POST", "/open/v1/A", "1", "n", "{}");
        assertThat(Signature.matches(s, s.toUpperCase())).isTrue();
        assertThat(Signature.matches(s, Signature.sign("k", "POST", "/open/v1/B", "1", "n", "{}"))).isFalse();
        assertThat(Signature.matches(s, Signature.sign("k", "POST", "/open/v1/A", "2", "n", "{}"))).isFalse();
        assertThat(Signature.matches(s, Signature.sign("k", "POST", "/open/v1/A", "1", "m", "{}"))).isFalse();
        assertThat(Signature.matches(s, Signature.sign("k", "POST", "/open/v1/A", "1", "n", "{ }"))).isFalse();
        assertThat(Signature.matches(s, null)).isFalse();
    }

    @Test
    void whitelistsTakeAddressesAndCidrBlocks() {
        assertThat(IpWhitelist.allows("off", "1.2.3.4")).isTrue();
        assertThat(IpWhitelist.allows("10.10.0.0/16,203.0.113.7", "10.10.255.1")).isTrue();
        assertThat(IpWhitelist.allows("10.10.0.0/16,203.0.113.7", "10.11.0.1")).isFalse();
        assertThat(IpWhitelist.allows("10.10.0.0/16,203.0.113.7", "203.0.113.7")).isTrue();
        assertThat(IpWhitelist.allows("0.0.0.0/0", "8.8.8.8")).isTrue();
        assertThat(IpWhitelist.allows("203.0.113.7", "::1")).isFalse();
    }
}
