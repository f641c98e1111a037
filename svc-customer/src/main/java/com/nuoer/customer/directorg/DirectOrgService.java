package com.nuoer.customer.directorg;

import com.nuoer.common.error.BizException;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Direct organisations (直客). {@code orgCode} is unique: adding an existing code with the same name is an
 * idempotent success, with another name it is refused (40920). The list is global (not customer data), so crm and
 * sales see the same one.
 */
@Service
public class DirectOrgService {

    /** 409xx: the code belongs to another direct organisation. */
    public static final int CODE_TAKEN = 40920;

    private final DirectOrgRepository orgs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DirectOrgService(DirectOrgRepository orgs, JdbcTemplate jdbc, Clock clock) {
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public DirectOrg add(String orgCode, String orgName, Long createBy) {
        String code = orgCode.trim();
        String name = orgName.trim();
        var existing = orgs.findByOrgCode(code);
        if (existing.isPresent()) {
            if (existing.get().getOrgName().equals(name)) {
                return existing.get();
            }
            throw new BizException(CODE_TAKEN, "机构编码已存在: " + code);
        }
        try {
            return orgs.saveAndFlush(DirectOrg.create(code, name, createBy, LocalDateTime.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new BizException(CODE_TAKEN, "机构编码已存在: " + code);
        }
    }

    public record Row(Long id, LocalDateTime createDate, LocalDateTime updateDate, String orgCode, String orgName) {
    }

    @Transactional(readOnly = true)
    public PageResult<Row> list(String keyword, PageSlice slice) {
        String where = "";
        List<Object> args = new ArrayList<>();
        if (keyword != null && !keyword.isBlank()) {
            where = " where org_code ilike ? or org_name ilike ?";
            String like = "%" + keyword.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        String w = where;
        return slice.run(
                () -> jdbc.queryForObject("select count(*) from direct_org" + w, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(args);
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query("select id, create_date, update_date, org_code, org_name from direct_org" + w
                                    + " order by id desc limit ? offset ?",
                            (rs, i) -> new Row(rs.getLong("id"), ts(rs.getTimestamp("create_date")),
                                    ts(rs.getTimestamp("update_date")), rs.getString("org_code"),
                                    rs.getString("org_name")),
                            a.toArray());
                });
    }

    private static LocalDateTime ts(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
