package com.nuoer.apicall.source;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of data sources and upstream configurations. Upstream credentials are decrypted only to be masked: every
 * list (crm and sales) shows {@link CredentialCipher#mask} forms, never a secret (domain.md §6-9).
 */
@Service
public class SourceQueries {

    private final JdbcTemplate jdbc;
    private final CredentialCipher cipher;

    public SourceQueries(JdbcTemplate jdbc, CredentialCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public record DataSourceRow(Long id, String dataSourceName, String dataSourceCode, Boolean builtin,
                                LocalDateTime createDate, LocalDateTime updateDate) {
    }

    public record UpstreamRow(Long id, LocalDateTime createDate, LocalDateTime updateDate, Integer priority,
                              Long dataSourceId, String dataSourceCode, String dataSourceName, String service,
                              String checkItem, String checkItemName, String reqKey, String reqSecret, String reqUrl,
                              BigDecimal cost, String costDetail, String extra, String scene) {
    }

    @Transactional(readOnly = true)
    public PageResult<DataSourceRow> dataSources(String keyword, List<Long> ids, PageSlice slice) {
        StringBuilder where = new StringBuilder(" where not deleted");
        List<Object> args = new ArrayList<>();
        if (keyword != null && !keyword.isBlank()) {
            where.append(" and (data_source_code ilike ? or data_source_name ilike ?)");
            String like = like(keyword);
            args.add(like);
            args.add(like);
        }
        if (ids != null && !ids.isEmpty()) {
            where.append(" and id = any(?)");
            args.add(ids.toArray(Long[]::new));
        }
        String w = where.toString();
        return slice.run(
                () -> jdbc.queryForObject("select count(*) from data_source" + w, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(args);
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query("select * from data_source" + w + " order by id limit ? offset ?",
                            (rs, i) -> new DataSourceRow(rs.getLong("id"), rs.getString("data_source_name"),
                                    rs.getString("data_source_code"), rs.getBoolean("builtin"),
                                    ts(rs.getTimestamp("create_date")), ts(rs.getTimestamp("update_date"))),
                            a.toArray());
                });
    }

    @Transactional(readOnly = true)
    public DataSourceRow dataSource(Long id) {
        return dataSources(null, List.of(id), PageSlice.of(1, 1, false, true)).results().stream().findFirst()
                .orElseThrow(() -> BizException.notFound("数据源"));
    }

    /** 「产品编码和数据源编码不能都为空」: at least checkItem or dataSourceId. Ordered by product, then priority. */
    @Transactional(readOnly = true)
    public PageResult<UpstreamRow> upstreams(String checkItem, Long dataSourceId, List<Long> excludeSourceIds,
                                             PageSlice slice) {
        if ((checkItem == null || checkItem.isBlank()) && dataSourceId == null) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "checkItem、dataSourceId 不能都为空");
        }
        StringBuilder where = new StringBuilder(" where not u.deleted");
        List<Object> args = new ArrayList<>();
        if (checkItem != null && !checkItem.isBlank()) {
            where.append(" and u.check_item = ?");
            args.add(checkItem.trim());
        }
        if (dataSourceId != null) {
            where.append(" and u.data_source_id = ?");
            args.add(dataSourceId);
        }
        if (excludeSourceIds != null && !excludeSourceIds.isEmpty()) {
            where.append(" and not (u.data_source_id = any(?))");
            args.add(excludeSourceIds.toArray(Long[]::new));
        }
        return upstreamPage(where.toString(), args, slice);
    }

    @Transactional(readOnly = true)
    public UpstreamRow upstream(Long id) {
        return upstreamPage(" where u.id = ?", List.of(id), PageSlice.of(1, 1, false, true)).results().stream()
                .findFirst().orElseThrow(() -> BizException.notFound("上游配置"));
    }

    private PageResult<UpstreamRow> upstreamPage(String w, List<Object> args, PageSlice slice) {
        String from = " from upstream_config u join data_source d on d.id = u.data_source_id"
                + " join check_item c on c.check_item = u.check_item";
        return slice.run(
                () -> jdbc.queryForObject("select count(*)" + from + w, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(args);
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query("select u.*, d.data_source_code, d.data_source_name, c.item_name" + from + w
                                    + " order by u.check_item, u.priority, u.id limit ? offset ?",
                            (rs, i) -> upstream(rs), a.toArray());
                });
    }

    private UpstreamRow upstream(ResultSet rs) throws SQLException {
        return new UpstreamRow(rs.getLong("id"), ts(rs.getTimestamp("create_date")),
                ts(rs.getTimestamp("update_date")), rs.getInt("priority"), rs.getLong("data_source_id"),
                rs.getString("data_source_code"), rs.getString("data_source_name"), rs.getString("service"),
                rs.getString("check_item"), rs.getString("item_name"), masked(rs.getString("req_key")),
                masked(rs.getString("req_secret")), rs.getString("req_url"), rs.getBigDecimal("cost"),
                rs.getString("cost_detail"), rs.getString("extra"), rs.getString("scene"));
    }

    private String masked(String stored) {
        return CredentialCipher.mask(cipher.decrypt(stored));
    }

    private static String like(String keyword) {
        return "%" + keyword.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static LocalDateTime ts(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
