package com.nuoer.customer.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import com.nuoer.customer.entitlement.AdjustView;
import com.nuoer.customer.entitlement.DeptItemQueries;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The task lists: price-adjust tasks with their adjustments, product-change tasks with their change. */
@Component
public class ScheduleQueries {

    private final NamedParameterJdbcTemplate named;
    private final DeptItemQueries deptItems;
    private final ObjectMapper json;

    public ScheduleQueries(JdbcTemplate jdbc, DeptItemQueries deptItems, ObjectMapper json) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.deptItems = deptItems;
        this.json = json;
    }

    public record Filter(String taskKey, List<Long> deptIdList, List<Integer> stateList, String checkItem) {
    }

    public PageResult<ScheduleTaskView> list(String taskKey, Filter f, PageSlice slice) {
        MapSqlParameterSource p = new MapSqlParameterSource("taskKey", taskKey);
        StringBuilder w = new StringBuilder(" from schedule_task t left join dept d on d.id = t.dept_id"
                + " where t.task_key = :taskKey");
        if (f.deptIdList() != null && !f.deptIdList().isEmpty()) {
            w.append(" and t.dept_id in (:deptIds)");
            p.addValue("deptIds", f.deptIdList());
        }
        if (f.stateList() != null && !f.stateList().isEmpty()) {
            w.append(" and t.state in (:states)");
            p.addValue("states", f.stateList());
        }
        if (f.checkItem() != null && !f.checkItem().isBlank()) {
            w.append(TaskKeys.DEPT_ITEM_ADJUST.equals(taskKey)
                    ? " and exists (select 1 from dept_item_adjust a where a.task_id = t.id and a.check_item = :code)"
                    : " and t.check_item = :code");
            p.addValue("code", f.checkItem().trim());
        }
        PageResult<ScheduleTaskView> page = slice.run(
                () -> named.queryForObject("select count(*)" + w, p, Long.class),
                (offset, limit) -> named.query("select t.*, d.dept_name" + w + " order by t.schedule_time desc, t.id desc"
                        + " offset " + offset + " limit " + limit, p, (rs, n) -> {
                    Object detail = null;
                    String raw = rs.getString("task_detail");
                    if (raw != null) {
                        try {
                            detail = json.readTree(raw);
                        } catch (Exception e) {
                            detail = null;
                        }
                    }
                    return new ScheduleTaskView(rs.getLong("id"), (Long) rs.getObject("create_by"),
                            AdjustViewTime.ts(rs, "create_time"), AdjustViewTime.ts(rs, "modify_time"),
                            rs.getString("task_key"), rs.getString("biz_key"), rs.getInt("state"),
                            AdjustViewTime.ts(rs, "schedule_time"), detail, AdjustViewTime.ts(rs, "finish_time"),
                            rs.getString("error_msg"), (Long) rs.getObject("cost_mills"), rs.getInt("execute_count"),
                            rs.getString("dept_name"));
                }));
        if (!TaskKeys.DEPT_ITEM_ADJUST.equals(taskKey)) {
            return page;
        }
        Map<Long, List<AdjustView>> details = deptItems.adjustsOfTasks(
                page.results().stream().map(ScheduleTaskView::id).toList());
        return page.map(t -> t.withDetail(details.getOrDefault(t.id(), List.of())));
    }

    private static final class AdjustViewTime {
        static java.time.LocalDateTime ts(java.sql.ResultSet rs, String c) throws java.sql.SQLException {
            java.sql.Timestamp t = rs.getTimestamp(c);
            return t == null ? null : t.toLocalDateTime();
        }
    }
}
