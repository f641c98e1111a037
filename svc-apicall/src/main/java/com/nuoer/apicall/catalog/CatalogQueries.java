package com.nuoer.apicall.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.catalog.client.CustomerCatalog;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product list (crm 3.10.1, sales 4.1.1 and the export 4.1.2) with every documented filter. Products are
 * reference data: crm and every salesman see the same catalogue (it holds no secrets). {@code excludeDeptId} /
 * {@code compareDeptId} need the developer account's entitlements, which svc-customer owns: asked over Feign; while
 * unknown, {@code excludeDeptId} excludes nothing and {@code isAccredit} is left out.
 */
@Service
public class CatalogQueries {

    private static final TypeReference<List<SubItemRow>> SUB_ITEMS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final CustomerCatalog customer;

    public CatalogQueries(JdbcTemplate jdbc, ObjectMapper json, CustomerCatalog customer) {
        this.jdbc = jdbc;
        this.json = json;
        this.customer = customer;
    }

    public record Filter(String keyword, Boolean applicable, List<String> checkItemList,
                         List<String> excludeCheckItemList, Long excludeDeptId, Long compareDeptId, Boolean isFusion,
                         Integer state, Integer checkType, Integer cacheFlag, Integer feeType) {
    }

    public record SubItemRow(String checkItem, String itemName, Integer state) {
    }

    public record Row(Long id, String checkItem, String itemName, Integer cacheFlag, Integer cacheTime, Integer state,
                      Integer checkType, Integer isOpen, BigDecimal riskThreshold, BigDecimal price,
                      BigDecimal floorPrice, Boolean applicable, LocalDateTime createDate, LocalDateTime updateDate,
                      Integer feeType, Boolean isFusion, List<SubItemRow> subItemList, Boolean isAccredit,
                      Integer maxFreeCount, List<Integer> encryptableList) {

        public List<String> subItemCodes() {
            return subItemList.stream().map(SubItemRow::checkItem).toList();
        }

        Row accredited(Boolean value) {
            return new Row(id, checkItem, itemName, cacheFlag, cacheTime, state, checkType, isOpen, riskThreshold,
                    price, floorPrice, applicable, createDate, updateDate, feeType, isFusion, subItemList, value,
                    maxFreeCount, encryptableList);
        }
    }

    @Transactional(readOnly = true)
    public PageResult<Row> list(Filter f, PageSlice slice) {
        StringBuilder where = new StringBuilder(" where not c.deleted");
        List<Object> args = new ArrayList<>();
        if (f.keyword() != null && !f.keyword().isBlank()) {
            where.append(" and (c.check_item ilike ? or c.item_name ilike ?)");
            String like = "%" + f.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        if (Boolean.TRUE.equals(f.applicable())) {
            where.append(" and c.applicable");
        }
        if (f.checkItemList() != null && !f.checkItemList().isEmpty()) {
            where.append(" and c.check_item = any(?)");
            args.add(f.checkItemList().toArray(String[]::new));
        }
        Set<String> excluded = new HashSet<>();
        if (f.excludeCheckItemList() != null) {
            excluded.addAll(f.excludeCheckItemList());
        }
        if (f.excludeDeptId() != null) {
            customer.deptCheckItems(f.excludeDeptId()).ifPresent(excluded::addAll);
        }
        if (!excluded.isEmpty()) {
            where.append(" and not (c.check_item = any(?))");
            args.add(excluded.toArray(String[]::new));
        }
        eq(where, args, "c.is_fusion", f.isFusion());
        eq(where, args, "c.state", f.state());
        eq(where, args, "c.check_type", f.checkType());
        eq(where, args, "c.cache_flag", f.cacheFlag());
        eq(where, args, "c.fee_type", f.feeType());
        String w = where.toString();
        PageResult<Row> page = slice.run(
                () -> jdbc.queryForObject("select count(*) from check_item c" + w, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(args);
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query("""
                            select c.*, (select jsonb_agg(jsonb_build_object('checkItem', s.sub_item,
                                                'itemName', si.item_name, 'state', si.state) order by s.sort)
                                         from check_item_sub_item s join check_item si on si.check_item = s.sub_item
                                         where s.check_item_id = c.id)::text as sub_items
                            from check_item c""" + w + " order by c.id limit ? offset ?",
                            (rs, i) -> row(rs), a.toArray());
                });
        if (f.compareDeptId() != null) {
            Optional<List<String>> held = customer.deptCheckItems(f.compareDeptId());
            if (held.isPresent()) {
                Set<String> codes = new HashSet<>(held.get());
                page = page.map(r -> r.accredited(codes.contains(r.checkItem())));
            }
        }
        return page;
    }

    /** One live product as the list shows it (answers of edit / saveDefaultSubItems). */
    @Transactional(readOnly = true)
    public Row one(String code) {
        List<Row> rows = list(new Filter(null, null, List.of(code), null, null, null, null, null, null, null, null),
                PageSlice.of(1, 1, false, true)).results();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void eq(StringBuilder where, List<Object> args, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private Row row(ResultSet rs) throws SQLException {
        String subs = rs.getString("sub_items");
        List<SubItemRow> subItems;
        try {
            subItems = subs == null ? List.of() : json.readValue(subs, SUB_ITEMS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("sub items not readable", e);
        }
        return new Row(rs.getLong("id"), rs.getString("check_item"), rs.getString("item_name"),
                rs.getInt("cache_flag"), rs.getInt("cache_time"), rs.getInt("state"), rs.getInt("check_type"),
                rs.getInt("is_open"), rs.getBigDecimal("risk_threshold"), rs.getBigDecimal("price"),
                rs.getBigDecimal("floor_price"), rs.getBoolean("applicable"), ts(rs.getTimestamp("create_date")),
                ts(rs.getTimestamp("update_date")), rs.getInt("fee_type"), rs.getBoolean("is_fusion"), subItems, null,
                rs.getInt("max_free_count"), CatalogCodes.splitCodes(rs.getString("encryptable")));
    }

    private static LocalDateTime ts(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

}
