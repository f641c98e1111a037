package com.nuoer.customer.entitlement.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.customer.entitlement.DeptItemErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalogue copy (table check_item_view) fed by {@code CheckItemChanged}: names, list and floor prices, fusion
 * sub-items, applicable, maxFreeCount. Unknown codes are refused with a clear error (never guessed).
 */
@Component
public class Catalog {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ObjectMapper json;
    private final Clock clock;

    public Catalog(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.json = json;
        this.clock = clock;
    }

    public Optional<Product> find(String checkItem) {
        if (checkItem == null) {
            return Optional.empty();
        }
        return jdbc.query("select * from check_item_view where check_item = ?", this::row, checkItem).stream()
                .findFirst();
    }

    public Product require(String checkItem) {
        return find(checkItem).orElseThrow(() -> DeptItemErrors.UNKNOWN_PRODUCT.exception("产品不存在: " + checkItem));
    }

    public Map<String, Product> byCodes(Collection<String> codes) {
        Map<String, Product> out = new LinkedHashMap<>();
        if (codes == null || codes.isEmpty()) {
            return out;
        }
        named.query("select * from check_item_view where check_item in (:codes)", Map.of("codes", codes),
                (rs, n) -> row(rs, n)).forEach(p -> out.put(p.checkItem(), p));
        return out;
    }

    public List<Product> all() {
        return jdbc.query("select * from check_item_view order by check_item", this::row);
    }

    /** Overwrites the copy with a newer snapshot; older or repeated versions change nothing. */
    public boolean apply(CheckItemChanged e) {
        String subItems;
        try {
            subItems = json.writeValueAsString(e.subItems() == null ? List.of() : e.subItems());
        } catch (Exception ex) {
            throw new IllegalArgumentException(ex);
        }
        return jdbc.update("""
                insert into check_item_view (check_item, item_name, check_type, state, is_open, fee_type, price,
                    floor_price, applicable, is_fusion, sub_items, max_free_count, cache_flag, cache_time, version,
                    update_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)
                on conflict (check_item) do update set item_name = excluded.item_name,
                    check_type = excluded.check_type, state = excluded.state, is_open = excluded.is_open,
                    fee_type = excluded.fee_type, price = excluded.price, floor_price = excluded.floor_price,
                    applicable = excluded.applicable, is_fusion = excluded.is_fusion, sub_items = excluded.sub_items,
                    max_free_count = excluded.max_free_count, cache_flag = excluded.cache_flag,
                    cache_time = excluded.cache_time, version = excluded.version, update_date = excluded.update_date
                where check_item_view.version < excluded.version""",
                e.checkItem(), e.itemName(), e.checkType(), e.state() == null ? 10 : e.state(),
                e.isOpen() == null ? 1 : e.isOpen(), e.feeType(), e.price(), e.floorPrice(),
                Boolean.TRUE.equals(e.applicable()), Boolean.TRUE.equals(e.isFusion()), subItems, e.maxFreeCount(),
                e.cacheFlag(), e.cacheTime(), e.version(), LocalDateTime.now(clock)) > 0;
    }

    private Product row(ResultSet rs, int n) throws SQLException {
        List<String> subs;
        try {
            String raw = rs.getString("sub_items");
            subs = raw == null ? List.of() : json.readValue(raw, STRINGS);
        } catch (Exception ex) {
            subs = List.of();
        }
        return new Product(rs.getString("check_item"), rs.getString("item_name"),
                (Integer) rs.getObject("check_type"), rs.getInt("state"), rs.getInt("is_open"),
                (Integer) rs.getObject("fee_type"), rs.getBigDecimal("price"), rs.getBigDecimal("floor_price"),
                rs.getBoolean("applicable"), rs.getBoolean("is_fusion"), subs,
                (Integer) rs.getObject("max_free_count"), (Integer) rs.getObject("cache_flag"),
                (Integer) rs.getObject("cache_time"));
    }

    /** An upstream configuration a customer may be routed to. */
    public record UpstreamSource(long sourceId, String checkItem, long dataSourceId, String dataSourceCode,
                                 String dataSourceName) {
    }

    public Optional<UpstreamSource> source(long sourceId) {
        return jdbc.query("select * from upstream_source_view where source_id = ?", (rs, n) -> new UpstreamSource(
                rs.getLong("source_id"), rs.getString("check_item"), rs.getLong("data_source_id"),
                rs.getString("data_source_code"), rs.getString("data_source_name")), sourceId).stream().findFirst();
    }
}
