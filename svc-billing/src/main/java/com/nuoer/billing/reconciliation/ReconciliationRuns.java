package com.nuoer.billing.reconciliation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.billing.reconciliation.ReconciliationModel.Check;
import com.nuoer.billing.reconciliation.ReconciliationModel.Item;
import com.nuoer.billing.reconciliation.ReconciliationModel.Kind;
import com.nuoer.billing.reconciliation.ReconciliationModel.RunView;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Persisted runs and their findings. */
@Repository
public class ReconciliationRuns {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReconciliationRuns(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long start(String trigger, LocalDateTime at, LocalDateTime since, Long startedBy) {
        return jdbc.queryForObject("""
                insert into reconciliation_run (trigger_type, state, started_at, since, started_by)
                values (?, 'running', ?, ?, ?) returning id""", Long.class,
                trigger, Timestamp.valueOf(at), Timestamp.valueOf(since), startedBy);
    }

    @Transactional
    public void finish(long runId, ReconciliationModel.Result result, LocalDateTime at) {
        long d = result.differenceCount();
        jdbc.update("""
                update reconciliation_run set state = ?, finished_at = ?, difference_count = ?, in_flight_count = ?,
                       checks = cast(? as jsonb) where id = ?""",
                d == 0 ? "clean" : "differences", Timestamp.valueOf(at), d, result.inFlightCount(),
                write(result.checks()), runId);
        jdbc.batchUpdate("""
                insert into reconciliation_item (run_id, check_code, kind, subject, expected, actual, detail)
                values (?, ?, ?, ?, ?, ?, ?)""", result.items().stream().map(i -> new Object[] {runId, i.check(),
                i.kind().name(), cut(i.subject(), 300), cut(i.expected(), 300), cut(i.actual(), 300),
                cut(i.detail(), 2000)}).toList());
    }

    public void fail(long runId, String error, LocalDateTime at) {
        jdbc.update("update reconciliation_run set state = 'failed', finished_at = ?, error = ? where id = ?",
                Timestamp.valueOf(at), cut(error, 1000), runId);
    }

    public Optional<RunView> find(long runId) {
        return jdbc.query("select * from reconciliation_run where id = ?", (rs, i) -> view(rs, true), runId)
                .stream().findFirst();
    }

    public PageResult<RunView> page(PageSlice slice, String state) {
        String where = state == null || state.isBlank() ? "" : " where state = ?";
        Object[] args = state == null || state.isBlank() ? new Object[0] : new Object[] {state};
        return slice.run(() -> jdbc.queryForObject("select count(*) from reconciliation_run" + where, Long.class, args),
                (offset, limit) -> {
                    Object[] all = new Object[args.length + 2];
                    System.arraycopy(args, 0, all, 0, args.length);
                    all[args.length] = limit;
                    all[args.length + 1] = offset;
                    return jdbc.query("select * from reconciliation_run" + where
                            + " order by started_at desc, id desc limit ? offset ?", (rs, i) -> view(rs, false), all);
                });
    }

    private RunView view(ResultSet rs, boolean withItems) throws SQLException {
        long id = rs.getLong("id");
        List<Check> checks = read(rs.getString("checks"));
        List<Item> items = withItems ? jdbc.query("""
                select check_code, kind, subject, expected, actual, detail from reconciliation_item
                where run_id = ? order by id""", (r, i) -> new Item(r.getString(1), Kind.valueOf(r.getString(2)),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6)), id) : List.of();
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RunView(id, rs.getString("trigger_type"), rs.getString("state"),
                rs.getTimestamp("started_at").toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(),
                rs.getTimestamp("since").toLocalDateTime(), rs.getInt("difference_count"), rs.getInt("in_flight_count"),
                rs.getString("error"), checks,
                items.stream().filter(i -> i.kind() == Kind.DIFFERENCE).toList(),
                items.stream().filter(i -> i.kind() == Kind.IN_FLIGHT).toList());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Check> read(String value) {
        if (value == null) {
            return List.of();
        }
        try {
            return json.readValue(value, new TypeReference<List<Check>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
