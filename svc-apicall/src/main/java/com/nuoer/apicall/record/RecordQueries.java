package com.nuoer.apicall.record;

import com.nuoer.apicall.call.SeqNos;
import com.nuoer.apicall.record.RecordDtos.RecordListRequest;
import com.nuoer.apicall.record.RecordDtos.RecordView;
import com.nuoer.apicall.record.RecordDtos.UpstreamRecordView;
import com.nuoer.common.config.JacksonConventions;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Call-record queries over the partitioned api_record table. Every query is bounded by a date range (default: the
 * last 31 days, at most 366 days) so the planner prunes to the months concerned, and ordered by (create_date, id)
 * desc — the key of the (dept_id, create_date, id) and (create_date, id) indexes. largePage runs no count and, with
 * {@code lastSeqNo}, seeks past that record (keyset) instead of skipping rows.
 */
@Component
public class RecordQueries {

    static final int EXPORT_CAP = 100_000;
    private static final Duration DEFAULT_RANGE = Duration.ofDays(31);
    private static final Duration MAX_RANGE = Duration.ofDays(366);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RecordQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Where(String sql, List<Object> args) {
    }

    public PageResult<RecordView> list(RecordListRequest q, RecordScope scope, boolean withUpstreams) {
        PageSlice slice = q.slice();
        if (!scope.unrestricted() && scope.deptIds().isEmpty()) {
            return PageResult.empty(slice);
        }
        Where w = where(q, scope);
        String seek = "";
        List<Object> seekArgs = new ArrayList<>();
        boolean keyset = slice.mode() == PageSlice.Mode.LARGE && q.lastSeqNo() != null && !q.lastSeqNo().isBlank();
        if (keyset) {
            Object[] cursor = cursor(q.lastSeqNo());
            if (cursor != null) {
                seek = " and (r.create_date, r.id) < (?, ?)";
                seekArgs.add(cursor[0]);
                seekArgs.add(cursor[1]);
            }
        }
        String finalSeek = seek;
        PageResult<RecordView> page = slice.run(
                () -> jdbc.queryForObject("select count(*) from api_record r where " + w.sql(), Long.class, w.args().toArray()),
                (offset, limit) -> {
                    List<Object> args = new ArrayList<>(w.args());
                    args.addAll(seekArgs);
                    args.add(limit);
                    args.add(keyset ? 0 : offset);
                    return jdbc.query(SELECT + " where " + w.sql() + finalSeek
                            + " order by r.create_date desc, r.id desc limit ? offset ?", RecordQueries::view, args.toArray());
                });
        return withUpstreams ? withUpstreams(page) : page;
    }

    /** Streams the matching records (newest first) in keyset chunks, at most {@value #EXPORT_CAP}. */
    public void forEach(RecordListRequest q, RecordScope scope, Consumer<RecordView> sink) {
        if (!scope.unrestricted() && scope.deptIds().isEmpty()) {
            return;
        }
        Where w = where(q, scope);
        Object[] cursor = null;
        int total = 0;
        while (total < EXPORT_CAP) {
            List<Object> args = new ArrayList<>(w.args());
            String seek = "";
            if (cursor != null) {
                seek = " and (r.create_date, r.id) < (?, ?)";
                args.add(cursor[0]);
                args.add(cursor[1]);
            }
            int chunk = Math.min(2000, EXPORT_CAP - total);
            args.add(chunk);
            List<RecordView> rows = jdbc.query(SELECT + " where " + w.sql() + seek
                    + " order by r.create_date desc, r.id desc limit ?", RecordQueries::view, args.toArray());
            rows.forEach(sink);
            total += rows.size();
            if (rows.size() < chunk) {
                return;
            }
            RecordView last = rows.get(rows.size() - 1);
            cursor = new Object[] {Timestamp.valueOf(last.createDate()), last.id()};
        }
    }

    public Optional<RecordView> detail(String seqNo, RecordScope scope) {
        LocalDate day = SeqNos.dayOf(seqNo);
        if (day == null || (!scope.unrestricted() && scope.deptIds().isEmpty())) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>(List.of(seqNo, Timestamp.valueOf(day.atStartOfDay()),
                Timestamp.valueOf(day.plusDays(1).atStartOfDay())));
        String scoped = "";
        if (!scope.unrestricted()) {
            scoped = " and r.dept_id = any(?)";
            args.add(longArray(scope.deptIds()));
        }
        List<RecordView> rows = jdbc.query(SELECT + " where r.seq_no = ? and r.create_date >= ? and r.create_date < ?"
                + scoped, RecordQueries::view, args.toArray());
        return rows.stream().findFirst().map(r -> r.withUpstreams(upstreams(List.of(r)).getOrDefault(r.seqNo(), List.of())));
    }

    private PageResult<RecordView> withUpstreams(PageResult<RecordView> page) {
        Map<String, List<UpstreamRecordView>> ups = upstreams(page.results());
        return page.map(r -> r.withUpstreams(ups.getOrDefault(r.seqNo(), List.of())));
    }

    /** Upstream attempts of the given records, one query bounded by their dates. */
    Map<String, List<UpstreamRecordView>> upstreams(List<RecordView> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        LocalDateTime min = records.stream().map(RecordView::createDate).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime max = records.stream().map(RecordView::createDate).max(LocalDateTime::compareTo).orElseThrow();
        String[] seqNos = records.stream().map(RecordView::seqNo).toArray(String[]::new);
        List<Object[]> rows = jdbc.query("""
                select u.*, d.dept_name as dept_name from upstream_record u left join dept_view d on d.dept_id = u.dept_id
                where u.seq_no = any(?) and u.create_date >= ? and u.create_date <= ?
                order by u.seq_no, u.id""",
                (rs, i) -> new Object[] {rs.getString("seq_no"), upstream(rs)},
                seqNos,
                Timestamp.valueOf(min.minusMinutes(1)), Timestamp.valueOf(max.plusMinutes(5)));
        Map<String, List<UpstreamRecordView>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((UpstreamRecordView) r[1]);
        }
        return out;
    }

    private Object[] cursor(String seqNo) {
        LocalDate day = SeqNos.dayOf(seqNo);
        if (day == null) {
            return null;
        }
        return jdbc.query("select create_date, id from api_record where seq_no = ? and create_date >= ? and create_date < ?",
                (rs, i) -> new Object[] {rs.getTimestamp(1), rs.getLong(2)}, seqNo,
                Timestamp.valueOf(day.atStartOfDay()), Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
                .stream().findFirst().orElse(null);
    }

    private Where where(RecordListRequest q, RecordScope scope) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime lte = parse(q.createDateLte(), "createDateLte");
        LocalDateTime gte = parse(q.createDateGte(), "createDateGte");
        if (lte == null) {
            lte = gte != null && gte.plus(DEFAULT_RANGE).isBefore(now) ? gte.plus(DEFAULT_RANGE) : now;
        }
        if (gte == null) {
            gte = lte.minus(DEFAULT_RANGE);
        }
        if (gte.isAfter(lte)) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "createDateGte: 开始时间不能晚于结束时间");
        }
        if (Duration.between(gte, lte).compareTo(MAX_RANGE) > 0) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "createDateGte: 查询时间范围不能超过366天");
        }
        StringBuilder sql = new StringBuilder("r.create_date >= ? and r.create_date <= ?");
        List<Object> args = new ArrayList<>(List.of(Timestamp.valueOf(gte), Timestamp.valueOf(lte)));
        List<Long> depts = q.deptIdList() == null || q.deptIdList().isEmpty() || scope.ignoreRequested() ? null
                : q.deptIdList();
        if (!scope.unrestricted()) {
            depts = depts == null ? scope.deptIds() : depts.stream().filter(scope.deptIds()::contains).toList();
            if (depts.isEmpty()) {
                depts = List.of(-1L);
            }
        }
        if (depts != null) {
            if (depts.size() == 1) {
                sql.append(" and r.dept_id = ?");
                args.add(depts.get(0));
            } else {
                sql.append(" and r.dept_id = any(?)");
                args.add(longArray(depts));
            }
        }
        List<String> items = q.itemCodeList() == null ? List.of()
                : q.itemCodeList().stream().filter(s -> s != null && !s.isBlank()).toList();
        if (!items.isEmpty()) {
            sql.append(" and r.check_item = any(?)");
            args.add(items.toArray(new String[0]));
        }
        if (q.isFee() != null) {
            sql.append(" and r.is_fee = ?");
            args.add(q.isFee());
        }
        if (q.success() != null) {
            sql.append(" and r.success = ?");
            args.add(q.success());
        }
        if (q.cacheFlag() != null) {
            sql.append(" and r.cache_flag = ?");
            args.add(q.cacheFlag());
        }
        if (q.idCard() != null && !q.idCard().isBlank()) {
            sql.append(" and r.id_card = ?");
            args.add(q.idCard().trim());
        }
        if (q.keyword() != null && !q.keyword().isBlank()) {
            String k = q.keyword().trim();
            sql.append(" and (r.seq_no = ? or r.trade_no = ? or r.mobile = ? or r.id_card = ? or r.name = ?)");
            args.addAll(List.of(k, k, k, k, k));
        }
        return new Where(sql.toString(), args);
    }

    private static Long[] longArray(List<Long> ids) {
        return ids.toArray(new Long[0]);
    }

    private static LocalDateTime parse(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.trim(), JacksonConventions.DATETIME);
        } catch (Exception e) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, field + ": 格式应为yyyy-MM-dd HH:mm:ss");
        }
    }

    static final String SELECT = """
            select r.*, d.dept_name as dept_name, c.item_name as item_name
            from api_record r left join dept_view d on d.dept_id = r.dept_id
                 left join check_item c on c.check_item = r.check_item""";

    static RecordView view(ResultSet rs, int i) throws SQLException {
        int isFee = rs.getInt("is_fee");
        return new RecordView(rs.getLong("id"), rs.getString("dept_name"), rs.getString("check_item"),
                rs.getString("item_name"), rs.getString("tag"), rs.getString("trade_no"), rs.getString("seq_no"),
                rs.getString("app_id"), rs.getLong("dept_id"), rs.getString("result"), isFee,
                rs.getBoolean("free") ? "免费" : isFee == 1 ? "计费" : "不计费", rs.getBigDecimal("fee"),
                rs.getInt("success"), rs.getString("result_msg"), (Integer) rs.getObject("result_code"),
                rs.getInt("cache_flag"), rs.getString("name"), rs.getString("id_card"), rs.getString("mobile"),
                rs.getString("sign"), String.valueOf(rs.getInt("encryption_type")), rs.getString("phone_region"),
                rs.getString("final_source"), rs.getObject("time") == null ? null : String.valueOf(rs.getInt("time")),
                rs.getTimestamp("create_date").toLocalDateTime(), rs.getString("request_ip"), null,
                rs.getString("extend"), rs.getString("org_code"));
    }

    static UpstreamRecordView upstream(ResultSet rs) throws SQLException {
        return new UpstreamRecordView(rs.getLong("id"), rs.getString("seq_no"), rs.getString("data_source_code"),
                rs.getString("data_source_name"), rs.getString("third_seq_no"), rs.getString("req_param"),
                rs.getString("response"), rs.getString("url"), rs.getObject("time") == null ? null : rs.getInt("time"),
                rs.getString("stack"), rs.getString("item"), rs.getString("extra"), rs.getString("outer_name"),
                rs.getInt("is_fee"), (Integer) rs.getObject("outer_type"), rs.getString("dept_name"),
                rs.getString("app_id"), rs.getString("tag"), rs.getTimestamp("create_date").toLocalDateTime());
    }

    static String joinIds(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
