package com.nuoer.common.messaging.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Event (tag {@code AuditRecorded}, aggregate = targetId) published by {@code AuditTrail} on the producing service's
 * own topic ({@code wallet-event}, {@code billing-event}, …) in the transaction of an audited change — a change of
 * money, prices, roles, secrets or whitelists. svc-customer stores it in its audit log (ops: {@code /mt/crm/audit/**}).
 * Secrets never travel in it: fields named like a secret are masked before publication.
 *
 * @param auditId      unique id of the entry (the outbox event id is separate; both identify one change)
 * @param service      the producing service (spring.application.name)
 * @param action       what was done, {@code area.verb} (e.g. {@code wallet.recharge}, {@code dept.whiteIps})
 * @param targetType   the kind of object changed (e.g. {@code wallet}, {@code deptItem}, {@code role})
 * @param targetId     its id / number
 * @param operatorId   userId of the session, or null for the service itself (jobs, consumers)
 * @param operatorName username of the session, else {@code system:<service>}
 * @param operatorApp  appcode of the session (crm, sales, beeback, …) or {@code service}
 * @param staffId      staff id (crm/sales sessions)
 * @param enterpriseId the operator's enterprise (customer sessions) — not the target's
 * @param deptId       the operator's dept (open API / developer sessions)
 * @param clientIp     X-Real-IP as set by the gateway, else the connection's address; null outside a request
 * @param traceId      the request's trace id
 * @param before       the audited fields before the change (null when created)
 * @param after        the audited fields after the change (null when deleted)
 * @param changed      names of the top-level fields whose value differs between before and after
 * @param occurredAt   when (the service's Clock, Asia/Shanghai)
 */
public record AuditRecorded(
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
        List<String> changed,
        LocalDateTime occurredAt) {
}
