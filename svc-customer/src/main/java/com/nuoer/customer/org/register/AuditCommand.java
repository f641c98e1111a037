package com.nuoer.customer.org.register;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * registerAudit: {@code auditType} pass | reject. A reject needs its reason in {@code auditRemark}; a pass needs the
 * grade and royalty rate the customer starts with (the seed marks both required; they are not asked for a reject).
 */
public record AuditCommand(
        @NotBlank @Size(max = 32) String applyNo,
        @NotBlank @Pattern(regexp = "pass|reject", message = "审核类型只能是pass或reject") String auditType,
        @Size(max = 500) String auditRemark,
        @Size(max = 10) List<@Size(max = 512) String> auditImgList,
        @Size(max = 32) String gradeCode,
        @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate) {

    public boolean pass() {
        return "pass".equals(auditType);
    }
}
