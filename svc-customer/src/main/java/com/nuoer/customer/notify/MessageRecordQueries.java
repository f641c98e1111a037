package com.nuoer.customer.notify;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** List query of message records (smsRecordList) with the seed's filters. */
@Component
public class MessageRecordQueries {

    private final JdbcTemplate jdbc;

    public MessageRecordQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Filter(String keyword, List<Long> userIdList, String smsMethod, String templateCode,
                         List<String> appcodes, LocalDateTime createTimeGte, LocalDateTime createTimeLte) {
    }

    public record Row(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime, String orderNo,
                      Long userId, String smsMethod, String receiver, String templateCode, String title,
                      String content, Boolean isHtml, Long datasourceId, String datasourceName, String thirdId,
                      String appcode, String appName, String customName, Integer state, String error) {
    }

    public PageResult<Row> list(Filter f, PageSlice slice) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.keyword() != null && !f.keyword().isBlank()) {
            where.append(" and (receiver ilike ? or title ilike ? or custom_name ilike ? or order_no ilike ?)");
            String like = "%" + f.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
            args.add(like);
            args.add(like);
        }
        if (f.userIdList() != null && !f.userIdList().isEmpty()) {
            where.append(" and user_id = any(?)");
            args.add(f.userIdList().toArray(Long[]::new));
        }
        if (f.smsMethod() != null && !f.smsMethod().isBlank()) {
            where.append(" and sms_method = ?");
            args.add(f.smsMethod().toLowerCase());
        }
        if (f.templateCode() != null && !f.templateCode().isBlank()) {
            where.append(" and template_code = ?");
            args.add(f.templateCode());
        }
        if (f.appcodes() != null && !f.appcodes().isEmpty()) {
            where.append(" and appcode = any(?)");
            args.add(f.appcodes().toArray(String[]::new));
        }
        if (f.createTimeGte() != null) {
            where.append(" and create_time >= ?");
            args.add(Timestamp.valueOf(f.createTimeGte()));
        }
        if (f.createTimeLte() != null) {
            where.append(" and create_time <= ?");
            args.add(Timestamp.valueOf(f.createTimeLte()));
        }
        Object[] a = args.toArray();
        return slice.run(
                () -> jdbc.queryForObject("select count(*) from message_record" + where, Long.class, a),
                (offset, limit) -> {
                    List<Object> pageArgs = new ArrayList<>(args);
                    pageArgs.add(limit);
                    pageArgs.add(offset);
                    return jdbc.query("select * from message_record" + where
                            + " order by create_time desc, id desc limit ? offset ?", this::row, pageArgs.toArray());
                });
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), (Long) rs.getObject("create_by"), time(rs, "create_time"),
                time(rs, "modify_time"), rs.getString("order_no"), (Long) rs.getObject("user_id"),
                rs.getString("sms_method"), rs.getString("receiver"), rs.getString("template_code"),
                rs.getString("title"), rs.getString("content"), rs.getBoolean("is_html"),
                (Long) rs.getObject("datasource_id"), rs.getString("datasource_name"), rs.getString("third_id"),
                rs.getString("appcode"), rs.getString("app_name"), rs.getString("custom_name"),
                rs.getInt("state"), rs.getString("error"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
