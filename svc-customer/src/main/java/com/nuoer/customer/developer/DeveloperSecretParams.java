package com.nuoer.customer.developer;

import com.nuoer.customer.notify.SensitiveParams;
import com.nuoer.customer.org.DeptRepository;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Adds the {@code appSecret} of the developer account named by the {@code deptId} parameter to the developer-info
 * notice, at rendering time and for the receiver only (see {@link DeveloperService#sendDeveloperInfo}).
 */
@Component
public class DeveloperSecretParams implements SensitiveParams {

    private final DeptRepository depts;
    private final SecretCipher cipher;

    public DeveloperSecretParams(DeptRepository depts, SecretCipher cipher) {
        this.depts = depts;
        this.cipher = cipher;
    }

    @Override
    public boolean supports(String templateCode) {
        return DeveloperService.DEVELOPER_INFO_TEMPLATE.equals(templateCode);
    }

    @Override
    public Map<String, String> resolve(Map<String, String> params) {
        String deptId = params == null ? null : params.get("deptId");
        if (deptId == null || !deptId.matches("\\d{1,18}")) {
            return Map.of();
        }
        return depts.findById(Long.valueOf(deptId))
                .map(d -> Map.of("appSecret", cipher.decrypt(d.revealSecret())))
                .orElse(Map.of());
    }
}
