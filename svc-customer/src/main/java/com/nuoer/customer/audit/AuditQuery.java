package com.nuoer.customer.audit;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * Filters of {@code POST /mt/crm/audit/list}: time range (occurredAt, inclusive), operator (id or name), action,
 * target (type + id), the operator's app ({@code appcode}), the producing service and the operator's enterprise;
 * plus the seed's paging fields. Newest first.
 */
public record AuditQuery(
        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime startTime,
        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime endTime,
        @Positive Long operatorId,
        @Size(max = 128) String operatorName,
        @Size(max = 64) String action,
        @Size(max = 64) String targetType,
        @Size(max = 128) String targetId,
        @Size(max = 32) String appcode,
        @Size(max = 64) String service,
        @Positive Long enterpriseId,
        Integer pageNo,
        Integer pageSize,
        Boolean nonPage,
        Boolean largePage) implements PageParams {

    public static AuditQuery empty() {
        return new AuditQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
