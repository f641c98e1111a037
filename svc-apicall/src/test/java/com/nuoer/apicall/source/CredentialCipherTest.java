package com.nuoer.apicall.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private final CredentialCipher cipher = new CredentialCipher("q0m3m4QdBq8y3wq7oXbQ1n2QZ3rJ8m5o0Jf9Yk2pV1E=");

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        String a = cipher.encrypt("s3cret-value");
        String b = cipher.encrypt("s3cret-value");
        assertThat(a).startsWith("enc:v1:").isNotEqualTo(b).doesNotContain("s3cret");
        assertThat(cipher.decrypt(a)).isEqualTo("s3cret-value");
        assertThat(cipher.encrypt(null)).isNull();
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String sealed = cipher.encrypt("s3cret-value");
        CredentialCipher other = new CredentialCipher("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void masksAllButTheLastFourCharacters() {
        assertThat(CredentialCipher.mask("abcdefghijkl")).isEqualTo("********ijkl");
        assertThat(CredentialCipher.mask("short")).isEqualTo("****");
        assertThat(CredentialCipher.mask(null)).isEmpty();
        assertThat(CredentialCipher.looksMasked("********ijkl")).isTrue();
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new CredentialCipher("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
