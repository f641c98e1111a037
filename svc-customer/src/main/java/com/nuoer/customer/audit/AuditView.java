package com.nuoer.customer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;

/** One audit log entry as ops see it ({@code /mt/crm/audit/list} and {@code /{id}}). */
public record AuditView(
        Long id,
        String auditId,
        String service,
        String action,
        String targetType,
        String targetId,
        Long operatorId,
        String operatorName,
        String operatorApp,
        Long staffId,
        Long enterpriseId,
        String enterpriseName,
        Long deptId,
        String clientIp,
        String traceId,
        JsonNode before,
        JsonNode after,
        JsonNode changed,
        LocalDateTime occurredAt,
        LocalDateTime recordedAt) {
}
