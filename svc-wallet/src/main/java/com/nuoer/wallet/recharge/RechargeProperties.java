package com.nuoer.wallet.recharge;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nuoer.wallet.recharge.*}: pay order lifetime, the sandbox provider's callback key and base URL, and the
 * bonus rules (the highest rule whose {@code minAmount} the recharge reaches gives {@code giveQuota}; a rule with
 * {@code onlyNewGive} applies only to a wallet's first paid recharge).
 */
@ConfigurationProperties("nuoer.wallet.recharge")
public record RechargeProperties(Long expireSeconds, String sandboxKey, String sandboxBaseUrl, List<GiveRule> giveRules) {

    public RechargeProperties {
        expireSeconds = expireSeconds == null ? 1800L : expireSeconds;
        sandboxKey = sandboxKey == null ? "local-sandbox-pay-key" : sandboxKey;
        sandboxBaseUrl = sandboxBaseUrl == null ? "https://pay-sandbox.nuoer.example" : sandboxBaseUrl;
        giveRules = giveRules == null ? List.of() : giveRules;
    }

    public record GiveRule(BigDecimal minAmount, BigDecimal giveQuota, boolean onlyNewGive) {
    }
}
