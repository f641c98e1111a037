package com.nuoer.contract.contract;

import com.nuoer.common.paging.PageResult;
import com.nuoer.contract.contract.ContractScope.Reach;
import com.nuoer.contract.contract.web.ContractDtos.ContractListQuery;
import com.nuoer.contract.contract.web.ContractDtos.ContractRow;
import com.nuoer.contract.contract.web.ContractDtos.NeedSignQuery;
import com.nuoer.contract.contract.web.ContractDtos.NeedSignRow;
import com.nuoer.contract.projection.ProjectionStore;
import com.nuoer.contract.projection.ProjectionStore.DeptItemRow;
import com.nuoer.contract.storage.SignedLinks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side: contract lists, the accounts that still need a contract and their unsigned products. A product is
 * unsigned when it is opened (state 10), not deleted, not a fusion sub-item, and no contract holds it — waiting for
 * signature (50) or in force (80/100, not past its expiry). Drafts (0) hold nothing.
 */
@Component
public class ContractQueries {

    /** SQL condition "contract c holds its products at ?" (one timestamp parameter). */
    static final String HOLDS = "(not c.deleted and (c.state = 50 or (c.state in (80, 100)"
            + " and (c.expire_time is null or c.expire_time > ?))))";

    private static final String UNSIGNED = """
            i.state = 10 and not i.deleted and i.fusion_dept_item_id is null
            and not exists (select 1 from contract_item ci join dept_contract c on c.id = ci.contract_id
                            where ci.dept_item_id = i.dept_item_id and %s)""".formatted(HOLDS);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SignedLinks links;

    public ContractQueries(JdbcTemplate jdbc, Clock clock, SignedLinks links) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.links = links;
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    public List<DeptItemRow> unsignedItems(Long deptId) {
        return jdbc.query("select * from dept_item_view i where i.dept_id = ? and " + UNSIGNED
                        + " order by i.dept_item_id", (rs, n) -> ProjectionStore.deptItemRow(rs), deptId, now());
    }

    /** Of the given products, those held by a contract other than {@code exceptContractId}. */
    public Set<Long> heldElsewhere(List<Long> deptItemIds, Long exceptContractId) {
        if (deptItemIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                select distinct ci.dept_item_id from contract_item ci join dept_contract c on c.id = ci.contract_id
                where ci.dept_item_id = any (?) and c.id <> ? and %s""".formatted(HOLDS), Long.class,
                deptItemIds.toArray(Long[]::new), exceptContractId == null ? -1L : exceptContractId, now()));
    }

    public PageResult<ContractRow> list(Reach reach, ContractListQuery q) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where not c.deleted and ")
                .append(reach.deptCondition("c.dept_id", params));
        if (q.keyword() != null && !q.keyword().isBlank()) {
            String like = "%" + q.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (c.contract_no ilike ? or c.contract_name ilike ? or d.dept_name ilike ?"
                    + " or c.signer_mobile like ?)");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (q.templateCode() != null && !q.templateCode().isBlank()) {
            where.append(" and c.template_code = ?");
            params.add(q.templateCode());
        }
        if (q.deptIdList() != null && !q.deptIdList().isEmpty()) {
            where.append(" and c.dept_id = any (?)");
            params.add(q.deptIdList().toArray(Long[]::new));
        }
        if (q.stateList() != null && !q.stateList().isEmpty()) {
            where.append(" and c.state = any (?)");
            params.add(q.stateList().toArray(Integer[]::new));
        }
        if (q.excludeStateList() != null && !q.excludeStateList().isEmpty()) {
            where.append(" and c.state <> all (?)");
            params.add(q.excludeStateList().toArray(Integer[]::new));
        }
        if (q.contractNoList() != null && !q.contractNoList().isEmpty()) {
            where.append(" and c.contract_no = any (?)");
            params.add(q.contractNoList().toArray(String[]::new));
        }
        if (q.createDateGte() != null) {
            where.append(" and c.create_date >= ?");
            params.add(Timestamp.valueOf(q.createDateGte()));
        }
        if (q.createDateLte() != null) {
            where.append(" and c.create_date <= ?");
            params.add(Timestamp.valueOf(q.createDateLte()));
        }
        String from = " from dept_contract c left join dept_view d on d.dept_id = c.dept_id";
        return q.slice().run(
                () -> jdbc.queryForObject("select count(*)" + from + where, Long.class, params.toArray()),
                (offset, limit) -> {
                    List<Object> p = new ArrayList<>(params);
                    p.add(limit);
                    p.add(offset);
                    return jdbc.query("select c.*, d.dept_name,"
                            + " (select count(*) from contract_item ci where ci.contract_id = c.id) as item_count"
                            + from + where + " order by c.create_date desc, c.id desc limit ? offset ?",
                            (rs, n) -> contractRow(rs), p.toArray());
                });
    }

    private ContractRow contractRow(ResultSet rs) throws SQLException {
        String fileKey = rs.getString("contract_file_key");
        return new ContractRow(rs.getLong("id"), time(rs, "create_date"), time(rs, "update_date"),
                rs.getLong("dept_id"), rs.getString("dept_name"), (Long) rs.getObject("user_id"),
                rs.getString("contract_no"), rs.getString("template_code"), rs.getString("contract_name"),
                rs.getInt("state"), rs.getInt("item_count"), rs.getString("signer_mobile"),
                fileKey != null ? links.link(fileKey) : rs.getString("contract_url"),
                rs.getInt("version"), rs.getString("version_name"), time(rs, "submit_time"),
                time(rs, "sign_end_time"), time(rs, "finish_time"), time(rs, "expire_time"),
                rs.getString("reject_reason"));
    }

    /** The accounts (in reach) with at least one unsigned product, most recently accredited first. */
    public PageResult<NeedSignRow> needSign(Reach reach, NeedSignQuery q, SeqPlanner planner) {
        List<Object> params = new ArrayList<>();
        params.add(now());
        StringBuilder where = new StringBuilder(" where ").append(reach.deptCondition("d.dept_id", params));
        if (q.keyword() != null && !q.keyword().isBlank()) {
            String like = "%" + q.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (d.dept_name ilike ? or cv.organization_name ilike ? or d.app_id ilike ?"
                    + " or cv.mobile like ?)");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        String from = """
                 from (select i.dept_id, count(*) as cnt, max(i.update_time) as last_time
                       from dept_item_view i where %s group by i.dept_id) u
                 join dept_view d on d.dept_id = u.dept_id
                 left join customer_view cv on cv.organization_id = d.organization_id""".formatted(UNSIGNED);
        return q.slice().run(
                () -> jdbc.queryForObject("select count(*)" + from + where, Long.class, params.toArray()),
                (offset, limit) -> {
                    List<Object> p = new ArrayList<>(params);
                    p.add(limit);
                    p.add(offset);
                    return jdbc.query("""
                            select d.*, cv.owner_username, cv.linkman, cv.mobile, cv.email, cv.auth_state,
                                   cv.auth_record_id, u.cnt, u.last_time,
                                   (select c.state from dept_contract c where c.dept_id = d.dept_id and c.seq = 0
                                      and not c.deleted order by c.create_date desc, c.id desc limit 1) as coop_state
                            """ + from + where + " order by u.last_time desc, d.dept_id desc limit ? offset ?",
                            (rs, n) -> {
                                long deptId = rs.getLong("dept_id");
                                SeqPlanner.Plan plan = planner.plan(deptId, false);
                                return new NeedSignRow(deptId, rs.getString("dept_name"),
                                        rs.getString("owner_username") != null ? rs.getString("owner_username")
                                                : rs.getString("linkman"),
                                        rs.getString("mobile"), null, null, null, rs.getString("app_id"), null,
                                        null, (Integer) rs.getObject("status"),
                                        rs.getObject("overdraft_type") == null ? 0 : rs.getInt("overdraft_type"),
                                        null, (Long) rs.getObject("user_id"), time(rs, "create_time"),
                                        rs.getString("email"), (Integer) rs.getObject("coop_state"),
                                        rs.getString("white_ip_list"), rs.getInt("cnt"), time(rs, "last_time"),
                                        plan.template().code(), plan.template().name(), plan.seq(),
                                        rs.getObject("auth_state") == null ? 0 : rs.getInt("auth_state"),
                                        (Long) rs.getObject("auth_record_id"));
                            }, p.toArray());
                });
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
