package com.nuoer.customer.developer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY = "6nCWyG3YYGYO4CUeDPpv5b3QGDVq8BkGIL9LoXXt2y8=";
    private final SecretCipher cipher = new SecretCipher(KEY);

    @Test
    void encryptedSecretsRoundTripAndNeverShowThePlainText() {
        String secret = new AppCredentials().newSecret();
        String stored = cipher.encrypt(secret);
        assertThat(stored).startsWith(SecretCipher.PREFIX).doesNotContain(secret);
        assertThat(cipher.decrypt(stored)).isEqualTo(secret);
        assertThat(cipher.encrypt(secret)).as("random IV per value").isNotEqualTo(stored);
    }

    @Test
    void aTamperedValueOrAnotherKeyIsRefusedWithoutDetail() {
        String stored = cipher.encrypt("2a8d269183cf5793b0207acd8f916d80");
        byte[] raw = Base64.getDecoder().decode(stored.substring(SecretCipher.PREFIX.length()));
        raw[raw.length - 1] ^= 1;
        String tampered = SecretCipher.PREFIX + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("2a8d");
        SecretCipher other = new SecretCipher(Base64.getEncoder().encodeToString(new byte[32]));
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain-secret")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[10])))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher("not base64 !")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void masksKeepOnlyTheLastFourCharacters() {
        assertThat(SecretCipher.mask("2a8d269183cf5793b0207acd8f916d80")).isEqualTo("************6d80");
        assertThat(SecretCipher.mask("abc")).isEqualTo("****");
    }

    @Test
    void appIdsAreReadableAndDistinct() {
        AppCredentials credentials = new AppCredentials();
        assertThat(credentials.newAppId("prod")).matches("nuoer_prod_[0-9a-f]{12}");
        assertThat(credentials.newAppId("test")).isNotEqualTo(credentials.newAppId("test"));
    }
}
