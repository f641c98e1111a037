package com.nuoer.customer.entitlement;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read side of entitlements: the deptItem lists with catalogue data, adjusting record and royalties. */
@Component
public class DeptItemQueries {

    private static final String ITEM_FROM = """
            from dept_item di
            join dept d on d.id = di.dept_id
            join organization o on o.id = d.organization_id
            left join check_item_view cv on cv.check_item = di.check_item""";

    private static final String ITEM_COLUMNS = """
            di.*, d.dept_name, cv.price as cat_price, cv.check_type as cat_check_type, cv.applicable as cat_applicable,
            exists (select 1 from dept_item_source_config sc where sc.dept_id = di.dept_id
                    and sc.check_item = di.check_item and not sc.deleted) as has_assign_source""";

    private final NamedParameterJdbcTemplate named;

    public DeptItemQueries(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public PageResult<DeptItemView> list(DeptItemFilter f, PageSlice slice) {
        if (f.scopeDeptIds() != null && f.scopeDeptIds().isEmpty()) {
            return PageResult.empty(slice);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(f, p);
        PageResult<DeptItemView> page = slice.run(
                () -> named.queryForObject("select count(*) " + ITEM_FROM + where, p, Long.class),
                (offset, limit) -> named.query("select " + ITEM_COLUMNS + " " + ITEM_FROM + where
                        + " order by di.id desc offset " + offset + " limit " + limit, p, (rs, n) -> item(rs)));
        List<DeptItemView> enriched = enrich(page.results(), f.withAdjusting(), f.withRoyalties());
        return new PageResult<>(page.pageNo(), page.pageSize(), page.hasNext(), page.total(), enriched,
                page.isLarge());
    }

    /** Every row of a filter (exports), capped. */
    public List<DeptItemView> all(DeptItemFilter f, int cap) {
        if (f.scopeDeptIds() != null && f.scopeDeptIds().isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(f, p);
        return named.query("select " + ITEM_COLUMNS + " " + ITEM_FROM + where + " order by di.id desc limit " + cap,
                p, (rs, n) -> item(rs));
    }

    public List<DeptItemView> byIds(List<Long> ids, boolean withAdjusting, boolean withRoyalties) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<DeptItemView> rows = named.query("select " + ITEM_COLUMNS + " " + ITEM_FROM
                + " where di.id in (:ids) order by di.id", Map.of("ids", ids), (rs, n) -> item(rs));
        return enrich(rows, withAdjusting, withRoyalties);
    }

    private String where(DeptItemFilter f, MapSqlParameterSource p) {
        StringBuilder w = new StringBuilder(" where not di.deleted");
        if (f.scopeDeptIds() != null) {
            w.append(" and di.dept_id in (:scope)");
            p.addValue("scope", f.scopeDeptIds());
        }
        if (notEmpty(f.deptIdList())) {
            w.append(" and di.dept_id in (:deptIds)");
            p.addValue("deptIds", f.deptIdList());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            w.append(" and (di.check_item ilike :kw or di.item_name ilike :kw or d.dept_name ilike :kw)");
            p.addValue("kw", "%" + f.keyword().trim() + "%");
        }
        if (notEmpty(f.checkItemList())) {
            w.append(" and di.check_item in (:codes)");
            p.addValue("codes", f.checkItemList());
        }
        if (notEmpty(f.stateList())) {
            w.append(" and di.state in (:states)");
            p.addValue("states", f.stateList());
        }
        if (f.applicable() != null) {
            w.append(" and coalesce(cv.applicable, false) = :applicable");
            p.addValue("applicable", f.applicable());
        }
        if (f.isFusion() != null) {
            w.append(" and di.is_fusion = :fusion");
            p.addValue("fusion", f.isFusion());
        }
        if (f.fusionDeptItemId() != null) {
            w.append(" and di.fusion_dept_item_id = :parent");
            p.addValue("parent", f.fusionDeptItemId());
        } else if (!notEmpty(f.idList())) {
            w.append(" and di.fusion_dept_item_id is null");
        }
        if (notEmpty(f.idList())) {
            w.append(" and di.id in (:ids)");
            p.addValue("ids", f.idList());
        }
        if (notEmpty(f.contractStateList())) {
            w.append(" and coalesce(di.contract_state, 0) in (:contractStates)");
            p.addValue("contractStates", f.contractStateList());
        }
        if (f.merchantId() != null) {
            w.append(" and o.merchant_id = :merchantId");
            p.addValue("merchantId", f.merchantId());
        }
        if (f.spreaderId() != null) {
            w.append(" and exists (select 1 from dept_item_spreader_royalty r where r.dept_item_id = di.id"
                    + " and r.spreader_id = :spreaderId)");
            p.addValue("spreaderId", f.spreaderId());
        }
        return w.toString();
    }

    private static boolean notEmpty(List<?> l) {
        return l != null && !l.isEmpty();
    }

    static DeptItemView item(ResultSet rs) throws SQLException {
        int state = rs.getInt("state");
        int isOpen = rs.getInt("is_open");
        Object fusionParent = rs.getObject("fusion_dept_item_id");
        return new DeptItemView(rs.getLong("id"), AdjustView.ts(rs, "update_date"), rs.getString("check_item"),
                rs.getString("item_name"), rs.getString("used_version"), (Integer) rs.getObject("cat_check_type"),
                isOpen, rs.getBigDecimal("cat_price"), rs.getLong("dept_id"), rs.getString("dept_name"), state,
                rs.getBigDecimal("fee"), (Integer) rs.getObject("charge_type"), (Integer) rs.getObject("fee_type"),
                rs.getBoolean("is_fusion"), rs.getString("fee_detail"), rs.getInt("free_count"),
                rs.getString("apply_remark"), rs.getString("audit_remark"), AdjustView.ts(rs, "audit_time"),
                state == DeptItemState.OPENED && isOpen == 1, null, null, null, null, null, null, false,
                AdjustView.ts(rs, "create_date"), (Boolean) rs.getObject("cat_applicable"),
                (Integer) rs.getObject("cache_fetch_days"), rs.getBoolean("is_hidden"), null,
                rs.getString("org_code"), rs.getBigDecimal("risk_threshold"), rs.getBoolean("has_assign_source"),
                List.of(), fusionParent == null ? null : ((Number) fusionParent).longValue(),
                (Integer) rs.getObject("contract_state"));
    }

    /** Adds the pending adjustment (latest 0/10) and, when asked, the spreader royalties. */
    public List<DeptItemView> enrich(List<DeptItemView> rows, boolean withAdjusting, boolean withRoyalties) {
        List<Long> ids = rows.stream().map(DeptItemView::id).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return rows;
        }
        Map<Long, AdjustView> adjusting = withAdjusting ? adjusting(ids) : Map.of();
        Map<Long, List<RoyaltyView>> royalties = withRoyalties ? royalties(ids) : Map.of();
        return rows.stream().map(r -> r.id() == null ? r
                : r.with(adjusting.get(r.id()), royalties.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, AdjustView> adjusting(List<Long> ids) {
        Map<Long, AdjustView> out = new HashMap<>();
        named.query("select " + AdjustView.COLUMNS + " from dept_item_adjust a join dept d on d.id = a.dept_id"
                + " where a.dept_item_id in (:ids) and a.state in (0, 10) order by a.id", Map.of("ids", ids),
                rs -> {
                    AdjustView a = AdjustView.row(rs);
                    out.put(a.deptItemId(), a);
                });
        return out;
    }

    private Map<Long, List<RoyaltyView>> royalties(List<Long> ids) {
        Map<Long, List<RoyaltyView>> out = new LinkedHashMap<>();
        named.query("""
                select r.*, o.organization_name from dept_item_spreader_royalty r
                left join organization o on o.id = r.customer_id
                where r.dept_item_id in (:ids) order by r.id""", Map.of("ids", ids), rs -> {
            RoyaltyView v = new RoyaltyView(rs.getLong("id"), (Long) rs.getObject("create_by"),
                    AdjustView.ts(rs, "create_time"), AdjustView.ts(rs, "modify_time"),
                    (Long) rs.getObject("customer_id"), rs.getString("organization_name"), rs.getLong("dept_id"),
                    rs.getLong("spreader_id"), rs.getString("spreader_name"), rs.getLong("dept_item_id"),
                    rs.getString("check_item"), rs.getString("royalty_type"), rs.getBigDecimal("royalty_price"),
                    rs.getBigDecimal("royalty_rate"), rs.getString("state"), rs.getString("effect_month"),
                    AdjustView.ts(rs, "assign_time"));
            out.computeIfAbsent(v.deptItemId(), k -> new ArrayList<>()).add(v);
        });
        return out;
    }

    /** Filters of {@code searchItems}: products of the catalogue, with the account's own deptItem when it holds one. */
    public record SearchFilter(Long deptId, String keyword, Boolean applicable, List<String> checkItemList,
                               List<String> excludeCheckItemList, boolean excludeHeld, List<Integer> deptItemStateList,
                               Boolean isFusion, Integer checkType, Integer state, Integer cacheFlag,
                               Integer feeType) {
    }

    public PageResult<DeptItemView> search(SearchFilter f, PageSlice slice) {
        MapSqlParameterSource p = new MapSqlParameterSource("deptId", f.deptId() == null ? -1L : f.deptId());
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.state() != null) {
            w.append(" and cv.state = :state");
            p.addValue("state", f.state());
        } else {
            w.append(" and cv.state <> -1 and cv.is_open = 1");
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            w.append(" and (cv.check_item ilike :kw or cv.item_name ilike :kw)");
            p.addValue("kw", "%" + f.keyword().trim() + "%");
        }
        if (f.applicable() != null) {
            w.append(" and cv.applicable = :applicable");
            p.addValue("applicable", f.applicable());
        }
        if (notEmpty(f.checkItemList())) {
            w.append(" and cv.check_item in (:codes)");
            p.addValue("codes", f.checkItemList());
        }
        if (notEmpty(f.excludeCheckItemList())) {
            w.append(" and cv.check_item not in (:excluded)");
            p.addValue("excluded", f.excludeCheckItemList());
        }
        if (f.excludeHeld()) {
            w.append(" and di.id is null");
        }
        if (notEmpty(f.deptItemStateList())) {
            w.append(" and di.state in (:itemStates)");
            p.addValue("itemStates", f.deptItemStateList());
        }
        if (f.isFusion() != null) {
            w.append(" and cv.is_fusion = :fusion");
            p.addValue("fusion", f.isFusion());
        }
        if (f.checkType() != null) {
            w.append(" and cv.check_type = :checkType");
            p.addValue("checkType", f.checkType());
        }
        if (f.cacheFlag() != null) {
            w.append(" and cv.cache_flag = :cacheFlag");
            p.addValue("cacheFlag", f.cacheFlag());
        }
        if (f.feeType() != null) {
            w.append(" and cv.fee_type = :feeType");
            p.addValue("feeType", f.feeType());
        }
        String from = """
                 from check_item_view cv
                 left join dept_item di on di.check_item = cv.check_item and di.dept_id = :deptId
                      and di.fusion_dept_item_id is null and not di.deleted
                 left join dept d on d.id = di.dept_id""" + w;
        PageResult<DeptItemView> page = slice.run(
                () -> named.queryForObject("select count(*) " + from, p, Long.class),
                (offset, limit) -> named.query("""
                        select cv.*, di.id as di_id, di.update_date, di.used_version, di.dept_id, d.dept_name,
                               di.state as di_state, di.fee, di.charge_type, di.fee_type as di_fee_type, di.fee_detail,
                               di.free_count, di.apply_remark, di.audit_remark, di.audit_time, di.create_date,
                               di.cache_fetch_days, di.is_hidden, di.org_code, di.risk_threshold, di.is_open as di_open,
                               exists (select 1 from dept_item_source_config sc where sc.dept_id = di.dept_id
                                       and sc.check_item = di.check_item and not sc.deleted) as has_assign_source
                        """ + from + " order by cv.check_item offset " + offset + " limit " + limit, p,
                        (rs, n) -> product(rs)));
        List<DeptItemView> enriched = enrich(page.results(), true, false);
        return new PageResult<>(page.pageNo(), page.pageSize(), page.hasNext(), page.total(), enriched,
                page.isLarge());
    }

    private static DeptItemView product(ResultSet rs) throws SQLException {
        Long id = (Long) rs.getObject("di_id");
        Integer state = (Integer) rs.getObject("di_state");
        Integer diOpen = (Integer) rs.getObject("di_open");
        Integer feeType = (Integer) rs.getObject("di_fee_type");
        return new DeptItemView(id, id == null ? AdjustView.ts(rs, "update_date") : AdjustView.ts(rs, "update_date"),
                rs.getString("check_item"), rs.getString("item_name"), rs.getString("used_version"),
                (Integer) rs.getObject("check_type"), diOpen != null ? diOpen : rs.getInt("is_open"),
                rs.getBigDecimal("price"), (Long) rs.getObject("dept_id"), rs.getString("dept_name"), state,
                rs.getBigDecimal("fee"), (Integer) rs.getObject("charge_type"),
                feeType != null ? feeType : (Integer) rs.getObject("fee_type"), rs.getBoolean("is_fusion"),
                rs.getString("fee_detail"), (Integer) rs.getObject("free_count"), rs.getString("apply_remark"),
                rs.getString("audit_remark"), AdjustView.ts(rs, "audit_time"),
                state != null && state == DeptItemState.OPENED, null, null, null, null, null, null, false,
                AdjustView.ts(rs, "create_date"), rs.getBoolean("applicable"),
                (Integer) rs.getObject("cache_fetch_days"), (Boolean) rs.getObject("is_hidden"), null,
                rs.getString("org_code"), rs.getBigDecimal("risk_threshold"),
                id == null ? null : rs.getBoolean("has_assign_source"), List.of(), null, null);
    }

    public PageResult<AdjustView> adjusts(List<Long> scopeDeptIds, long deptId, List<Long> deptItemIds,
                                          List<Integer> states, PageSlice slice) {
        if (scopeDeptIds != null && !scopeDeptIds.contains(deptId)) {
            throw com.nuoer.common.error.BizException.notFound("开发账户");
        }
        MapSqlParameterSource p = new MapSqlParameterSource("deptId", deptId);
        StringBuilder w = new StringBuilder(" from dept_item_adjust a join dept d on d.id = a.dept_id"
                + " where a.dept_id = :deptId");
        if (notEmpty(deptItemIds)) {
            w.append(" and a.dept_item_id in (:itemIds)");
            p.addValue("itemIds", deptItemIds);
        }
        if (notEmpty(states)) {
            w.append(" and a.state in (:states)");
            p.addValue("states", states);
        }
        return slice.run(() -> named.queryForObject("select count(*)" + w, p, Long.class),
                (offset, limit) -> named.query("select " + AdjustView.COLUMNS + w + " order by a.id desc offset "
                        + offset + " limit " + limit, p, (rs, n) -> AdjustView.row(rs)));
    }

    public Map<Long, List<AdjustView>> adjustsOfTasks(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return named.query("select " + AdjustView.COLUMNS + " from dept_item_adjust a join dept d on d.id = a.dept_id"
                        + " where a.task_id in (:ids) order by a.id", Map.of("ids", taskIds),
                (rs, n) -> Map.entry(rs.getLong("task_id"), AdjustView.row(rs))).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
