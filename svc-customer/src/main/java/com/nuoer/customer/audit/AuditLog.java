package com.nuoer.customer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.events.AuditRecorded;
import com.nuoer.common.paging.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The audit log table: append (idempotent per auditId) and the ops queries. */
@Repository
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores one entry; a second delivery of the same auditId changes nothing. True if it was new. */
    @Transactional
    public boolean append(AuditRecorded e) {
        return jdbc.update("""
                insert into audit_log (audit_id, service, action, target_type, target_id, operator_id, operator_name,
                                       operator_app, staff_id, enterprise_id, enterprise_name, dept_id, client_ip,
                                       trace_id, before_data, after_data, changed, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?)
                on conflict (audit_id) do nothing""",
                e.auditId(), cut(e.service(), 64), cut(e.action(), 64), cut(e.targetType(), 64), cut(e.targetId(), 128),
                e.operatorId(), cut(e.operatorName(), 128), cut(e.operatorApp(), 32), e.staffId(), e.enterpriseId(),
                cut(e.enterpriseName(), 256), e.deptId(), cut(e.clientIp(), 64), cut(e.traceId(), 64),
                text(e.before()), text(e.after()), text(json.valueToTree(e.changed() == null ? List.of() : e.changed())),
                e.occurredAt()) == 1;
    }

    public Optional<AuditView> find(long id) {
        return jdbc.query("select * from audit_log where id = ?", mapper(), id).stream().findFirst();
    }

    public PageResult<AuditView> list(AuditQuery q) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q.startTime() != null) {
            where.append(" and occurred_at >= ?");
            args.add(q.startTime());
        }
        if (q.endTime() != null) {
            where.append(" and occurred_at <= ?");
            args.add(q.endTime());
        }
        if (q.startTime() != null && q.endTime() != null && q.startTime().isAfter(q.endTime())) {
            throw BizException.badRequest("startTime: 开始时间不能晚于结束时间");
        }
        eq(where, args, "operator_id", q.operatorId());
        if (q.operatorName() != null && !q.operatorName().isBlank()) {
            where.append(" and operator_name = ?");
            args.add(q.operatorName().trim());
        }
        eq(where, args, "action", blankToNull(q.action()));
        eq(where, args, "target_type", blankToNull(q.targetType()));
        eq(where, args, "target_id", blankToNull(q.targetId()));
        eq(where, args, "operator_app", blankToNull(q.appcode()));
        eq(where, args, "service", blankToNull(q.service()));
        eq(where, args, "enterprise_id", q.enterpriseId());
        String filter = where.toString();
        return q.slice().run(
                () -> jdbc.queryForObject("select count(*) from audit_log" + filter, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> page = new ArrayList<>(args);
                    page.add(limit);
                    page.add(offset);
                    return jdbc.query("select * from audit_log" + filter
                            + " order by occurred_at desc, id desc limit ? offset ?", mapper(), page.toArray());
                });
    }

    private static void eq(StringBuilder where, List<Object> args, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private RowMapper<AuditView> mapper() {
        return (rs, n) -> new AuditView(
                rs.getLong("id"), rs.getString("audit_id"), rs.getString("service"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), (Long) rs.getObject("operator_id", Long.class),
                rs.getString("operator_name"), rs.getString("operator_app"), rs.getObject("staff_id", Long.class),
                rs.getObject("enterprise_id", Long.class), rs.getString("enterprise_name"),
                rs.getObject("dept_id", Long.class), rs.getString("client_ip"), rs.getString("trace_id"),
                node(rs, "before_data"), node(rs, "after_data"), node(rs, "changed"),
                time(rs, "occurred_at"), time(rs, "recorded_at"));
    }

    private JsonNode node(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        if (s == null) {
            return null;
        }
        try {
            return json.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log." + column + " is not JSON", e);
        }
    }

    private static java.time.LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.toString();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
