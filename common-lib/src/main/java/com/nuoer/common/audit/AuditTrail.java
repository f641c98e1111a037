package com.nuoer.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.events.AuditRecorded;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.trace.TraceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of changes to money, prices, roles, secrets and whitelists: a service calls {@link #record} inside
 * the business transaction of the change, next to it. The entry (who, when, what, before/after) is published as an
 * {@link AuditRecorded} event through the outbox — so it exists if and only if the change committed, and is never
 * lost — and svc-customer stores it for ops ({@code /mt/crm/audit/list}).
 * <ul>
 *   <li>who: the session of {@link SessionContext} (user id, name, app, staff, enterprise, dept), or
 *       {@code system:<service>} for jobs and consumers;</li>
 *   <li>when: the injected {@link Clock}; the trace id of the request; the client IP ({@code X-Real-IP}, which the
 *       gateway sets from the connection after removing any client-sent value);</li>
 *   <li>before/after: any small object (map, record, entity view) turned into JSON; fields whose name looks like a
 *       secret ({@link #isSecretField}) are replaced by {@value #MASK} at any depth, so a secret change is visible
 *       as "changed" but its value never leaves the service.</li>
 * </ul>
 */
public class AuditTrail {

    public static final String MASK = "******";
    /** Operator name of changes made by the service itself (jobs, event consumers): {@code system:<service>}. */
    public static final String SYSTEM_PREFIX = "system:";
    static final String REAL_IP_HEADER = "X-Real-IP";
    private static final int MAX_IP_LENGTH = 64;

    private final OutboxPublisher outbox;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final String serviceName;
    private final String topic;

    public AuditTrail(OutboxPublisher outbox, ObjectMapper objectMapper, Clock clock, String serviceName, String topic) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.serviceName = serviceName;
        this.topic = topic;
    }

    /**
     * Records one audited change; must run inside the transaction of the change (else {@link IllegalStateException},
     * like the outbox). Returns the entry's auditId.
     *
     * @param action     {@code area.verb}, e.g. {@code wallet.recharge}
     * @param targetType the kind of object changed, e.g. {@code wallet}
     * @param targetId   its id or number
     * @param before     the audited fields before (null: created)
     * @param after      the audited fields after (null: deleted)
     */
    public String record(String action, String targetType, Object targetId, Object before, Object after) {
        AuditRecorded entry = entry(action, targetType, targetId, before, after);
        if (topic == null) {
            throw new IllegalStateException("no audit topic for service " + serviceName + " (set nuoer.audit.topic)");
        }
        outbox.publish(topic, EventTypes.AUDIT_RECORDED, entry.targetId(), entry);
        return entry.auditId();
    }

    /**
     * A before/after snapshot from name-value pairs, in order; unlike {@code Map.of} it keeps null values
     * ({@code fields("whiteIpList", old)}).
     */
    public static Map<String, Object> fields(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields(name, value, ...) needs pairs");
        }
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return map;
    }

    /** The entry {@link #record} publishes (visible for tests). */
    AuditRecorded entry(String action, String targetType, Object targetId, Object before, Object after) {
        if (action == null || action.isBlank() || targetType == null || targetType.isBlank()) {
            throw new IllegalArgumentException("audit action and targetType are required");
        }
        JsonNode beforeRaw = json(before);
        JsonNode afterRaw = json(after);
        // changed fields from the clear values (a new secret shows as changed), then everything secret is masked
        List<String> changed = changedFields(beforeRaw, afterRaw);
        JsonNode beforeJson = beforeRaw == null ? null : mask(beforeRaw);
        JsonNode afterJson = afterRaw == null ? null : mask(afterRaw);
        SessionInfo who = SessionContext.current().orElse(null);
        boolean person = who != null && !who.isService();
        String operatorName = person ? firstNonBlank(who.username(), who.loginId(), who.nickname(), String.valueOf(who.userId()))
                : SYSTEM_PREFIX + (who != null && who.loginId() != null ? who.loginId() : serviceName);
        return new AuditRecorded(
                UUID.randomUUID().toString(),
                serviceName,
                action,
                targetType,
                targetId == null ? null : String.valueOf(targetId),
                person ? who.userId() : null,
                operatorName,
                who != null ? who.appcode() : SessionInfo.SERVICE_APPCODE,
                person ? who.staffId() : null,
                person ? who.enterpriseId() : null,
                person ? who.enterpriseName() : null,
                person ? who.deptId() : null,
                clientIp(),
                TraceContext.currentOrEmpty(),
                beforeJson,
                afterJson,
                changed,
                LocalDateTime.now(clock));
    }

    /** The object as JSON with every secret-looking field masked; null stays null. */
    JsonNode masked(Object value) {
        JsonNode node = json(value);
        return node == null ? null : mask(node);
    }

    private JsonNode json(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof JsonNode json ? json.deepCopy() : objectMapper.valueToTree(value);
    }

    private static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> secret = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecretField(field.getKey())) {
                    secret.add(field.getKey());
                } else {
                    mask(field.getValue());
                }
            }
            secret.forEach(name -> {
                JsonNode v = object.get(name);
                object.set(name, v == null || v.isNull() ? v : TextNode.valueOf(MASK));
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(AuditTrail::mask);
        }
        return node;
    }

    /**
     * True for field names that hold a secret: anything containing password/passwd/secret/token/privateKey, and
     * the upstream credential {@code reqKey}; matched case-insensitively ({@code appSecret}, {@code reqSecret},
     * {@code newPassword}, {@code stoken}, …).
     */
    public static boolean isSecretField(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("password") || n.contains("passwd") || n.contains("secret") || n.contains("token")
                || n.contains("privatekey") || n.equals("reqkey") || n.endsWith("_reqkey") || n.equals("req_key")
                || n.equals("pwd");
    }

    /** Top-level fields that differ (all fields of the one side when the other is absent). */
    static List<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        if (before instanceof ObjectNode b) {
            b.fieldNames().forEachRemaining(names::add);
        }
        if (after instanceof ObjectNode a) {
            a.fieldNames().forEachRemaining(names::add);
        }
        if (names.isEmpty()) {
            return List.of();
        }
        JsonNode missing = JsonNodeFactory.instance.missingNode();
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            JsonNode b = before == null ? missing : before.path(name);
            JsonNode a = after == null ? missing : after.path(name);
            if (!b.equals(a) || (before == null || after == null)) {
                changed.add(name);
            }
        }
        return List.copyOf(changed);
    }

    private static String clientIp() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        String ip = request.getHeader(REAL_IP_HEADER);
        if (ip == null || ip.isBlank()) {
            ip = request.getRemoteAddr();
        }
        if (ip == null) {
            return null;
        }
        ip = ip.trim();
        return ip.length() <= MAX_IP_LENGTH ? ip : ip.substring(0, MAX_IP_LENGTH);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
