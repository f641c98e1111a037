package com.nuoer.apicall.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names of developer accounts for {@code deptNameList}, snapshotted on the match record. svc-apicall keeps no dept
 * projection in this package: names come from what it already knows locally (alert rules' dept names, earlier match
 * records), else {@code 机构<id>}. [To wire: the dept projection of the call pipeline once merged.]
 */
@Component
public class DeptNames {

    private final NamedParameterJdbcTemplate jdbc;

    public DeptNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(List<Long> deptIds) {
        if (deptIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> known = known(deptIds);
        return deptIds.stream().map(id -> known.getOrDefault(id, "机构" + id)).toList();
    }

    private Map<Long, String> known(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        jdbc.query("""
                select dept_id, dept_name from forewarn_item where dept_id in (:ids) and dept_name is not null
                union all
                select (d.value #>> '{}')::bigint, n.value #>> '{}'
                from model_match_record r
                cross join lateral jsonb_array_elements(r.dept_ids) with ordinality d(value, i)
                join lateral jsonb_array_elements(r.dept_names) with ordinality n(value, j) on d.i = n.j
                where (d.value #>> '{}')::bigint in (:ids)""",
                new MapSqlParameterSource("ids", ids),
                rs -> {
                    out.putIfAbsent(rs.getLong(1), rs.getString(2));
                });
        return out;
    }
}
