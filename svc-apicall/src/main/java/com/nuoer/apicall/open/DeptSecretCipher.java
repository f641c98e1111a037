package com.nuoer.apicall.open;

import com.nuoer.apicall.projection.DeptView;
import com.nuoer.common.crypto.AesGcmCipher;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decrypts developer-account secrets as svc-customer stores and publishes them (DeptChanged.appSecretEncrypted:
 * AES-GCM with svc-customer's key, shared through configuration as {@code nuoer.apicall.dept-secret-key}). Plain
 * secrets are kept in memory only, per (dept, version).
 */
@Component
public class DeptSecretCipher extends AesGcmCipher {

    private record Key(Long deptId, long version, String enc) {
    }

    private final ConcurrentHashMap<Key, String> plain = new ConcurrentHashMap<>();

    public DeptSecretCipher(@Value("${nuoer.apicall.dept-secret-key}") String base64Key) {
        super(base64Key, "nuoer.apicall.dept-secret-key");
    }

    public String secretOf(DeptView dept) {
        String enc = dept.appSecretEnc();
        if (!isEncrypted(enc)) {
            return enc;
        }
        if (plain.size() > 100_000) {
            plain.clear();
        }
        return plain.computeIfAbsent(new Key(dept.deptId(), dept.version(), enc), k -> decrypt(k.enc()));
    }
}
