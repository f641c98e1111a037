package com.nuoer.sales.target;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.paging.PageResult;
import com.nuoer.sales.support.Rows;
import com.nuoer.sales.support.SalesError;
import com.nuoer.sales.support.Where;
import com.nuoer.sales.target.TargetDtos.KpiDetail;
import com.nuoer.sales.target.TargetDtos.KpiListRequest;
import com.nuoer.sales.target.TargetDtos.KpiTargets;
import com.nuoer.sales.target.TargetDtos.KpiView;
import com.nuoer.sales.target.TargetDtos.SaveKpiRequest;
import com.nuoer.sales.target.TargetDtos.SaveTargetRequest;
import com.nuoer.sales.target.TargetDtos.TargetChangeView;
import com.nuoer.sales.target.TargetDtos.TargetListRequest;
import com.nuoer.sales.target.TargetDtos.TargetView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales targets (one current row per salesman plus a change log) and KPI configurations (versions; salesman 0 is
 * the global configuration every salesman without his own falls back to).
 */
@Service
public class TargetService {

    /** The platform's KPI lines when not even a global configuration was saved. */
    public static final List<KpiDetail> DEFAULT_KPI = List.of(
            new KpiDetail("salesAmount", "销售额", null, new BigDecimal("60"), null),
            new KpiDetail("paymentAmount", "回款额", null, new BigDecimal("40"), null));

    private static final TypeReference<List<KpiDetail>> DETAILS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public TargetService(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ targets

    public List<TargetView> targets(TargetListRequest r) {
        Where w = new Where();
        if (r != null && Where.has(r.salesmanIds())) {
            w.in("t.salesman_id", r.salesmanIds());
        }
        return jdbc.query("select t.*, s.salesman_name from sales_target t left join salesman s "
                + "on s.salesman_id = t.salesman_id" + w.sql() + " order by t.salesman_id", (rs, i) -> new TargetView(
                rs.getLong("id"), Rows.lng(rs, "create_by"), Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"),
                rs.getLong("salesman_id"), rs.getString("salesman_name"), Rows.dec(rs, "month_target"),
                Rows.dec(rs, "quarter_target"), Rows.dec(rs, "year_target"), rs.getString("effect_month")), w.args());
    }

    public List<TargetChangeView> changes(long salesmanId) {
        requireSalesman(salesmanId);
        return jdbc.query("""
                select c.*, s.salesman_name from sales_target_change c left join salesman s
                on s.salesman_id = c.salesman_id where c.salesman_id = ? order by c.create_time desc, c.id desc""",
                (rs, i) -> new TargetChangeView(rs.getLong("id"), Rows.lng(rs, "create_by"),
                        Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"), rs.getLong("salesman_id"),
                        rs.getString("salesman_name"), Rows.dec(rs, "month_target"), Rows.dec(rs, "quarter_target"),
                        Rows.dec(rs, "year_target"), rs.getString("effect_month"),
                        Rows.dec(rs, "before_month_target"), Rows.dec(rs, "before_quarter_target"),
                        Rows.dec(rs, "before_year_target")), salesmanId);
    }

    /** 3.5.10: overwrites the current target and records the change (with the values before). */
    @Transactional
    public void saveTarget(SaveTargetRequest r, Long actor) {
        requireSalesman(r.salesmanId());
        LocalDateTime now = LocalDateTime.now(clock);
        String month = r.effectMonth() != null ? r.effectMonth() : YearMonth.from(now).toString();
        Map<String, Object> before = jdbc.queryForList("select * from sales_target where salesman_id = ? for update",
                r.salesmanId()).stream().findFirst().orElse(Map.of());
        jdbc.update("""
                insert into sales_target (salesman_id, month_target, quarter_target, year_target, effect_month,
                                          create_by, create_time, modify_time)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (salesman_id) do update set month_target = excluded.month_target,
                    quarter_target = excluded.quarter_target, year_target = excluded.year_target,
                    effect_month = excluded.effect_month, modify_time = excluded.modify_time""",
                r.salesmanId(), r.monthTarget(), r.quarterTarget(), r.yearTarget(), month, actor, now, now);
        jdbc.update("""
                insert into sales_target_change (salesman_id, month_target, quarter_target, year_target, effect_month,
                    before_month_target, before_quarter_target, before_year_target, create_by, create_time, modify_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", r.salesmanId(), r.monthTarget(), r.quarterTarget(),
                r.yearTarget(), month, before.get("month_target"), before.get("quarter_target"),
                before.get("year_target"), actor, now, now);
    }

    /** The salesman's current targets (month, quarter, year), or null. */
    public KpiTargets targetsOf(long salesmanId) {
        return jdbc.query("select * from sales_target where salesman_id = ?", (rs, i) -> new KpiTargets(
                Rows.dec(rs, "month_target"), Rows.dec(rs, "quarter_target"), Rows.dec(rs, "year_target")),
                salesmanId).stream().findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ KPI

    public PageResult<KpiView> kpis(KpiListRequest r) {
        if (r.salesmanId() != 0) {
            requireSalesman(r.salesmanId());
        }
        Where w = new Where().and("k.salesman_id = ?", r.salesmanId());
        w.andIf(r.isValid() != null, "k.is_effect = ?", r.isValid());
        KpiTargets targets = r.salesmanId() == 0 ? null : targetsOf(r.salesmanId());
        RowMapper<KpiView> mapper = (rs, i) -> new KpiView(rs.getLong("id"), Rows.lng(rs, "create_by"),
                Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"), rs.getLong("salesman_id"),
                rs.getLong("salesman_id") == 0 ? "全局配置" : rs.getString("salesman_name"), rs.getBoolean("is_effect"),
                rs.getString("effect_month"), targets, details(rs.getString("details")), rs.getString("ver"),
                rs.getString("tags"));
        return r.slice().run(
                () -> jdbc.queryForObject("select count(*) from kpi_config k" + w.sql(), Long.class, w.args()),
                (offset, limit) -> jdbc.query("select k.*, s.salesman_name from kpi_config k left join salesman s "
                        + "on s.salesman_id = k.salesman_id" + w.sql() + " order by k.id desc limit ? offset ?",
                        mapper, w.args(limit, offset)));
    }

    /** 3.5.17: a new effective version for the salesman (0 = global). */
    @Transactional
    public void saveKpi(SaveKpiRequest r, Long actor) {
        if (r.salesmanId() != 0) {
            requireSalesman(r.salesmanId());
        }
        List<KpiDetail> details = r.details() == null ? List.of() : r.details();
        BigDecimal weights = details.stream().map(d -> d.weight() == null ? BigDecimal.ZERO : d.weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!details.isEmpty() && weights.compareTo(new BigDecimal("100")) != 0) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "details: 权重占比合计必须为100");
        }
        newVersion(r.salesmanId(), details, "save", actor);
    }

    /** 3.5.18: the salesman falls back to the global configuration (the global one to the platform default). */
    @Transactional
    public void resetKpi(long salesmanId, Long actor) {
        if (salesmanId != 0) {
            requireSalesman(salesmanId);
        }
        List<KpiDetail> fallback = salesmanId == 0 ? DEFAULT_KPI : effectiveDetails(0);
        newVersion(salesmanId, fallback, "reset", actor);
    }

    /** The KPI lines in force for a salesman: his own, else the global ones, else the platform default. */
    public List<KpiDetail> effectiveDetails(long salesmanId) {
        for (long id : salesmanId == 0 ? new long[] {0} : new long[] {salesmanId, 0}) {
            List<String> rows = jdbc.queryForList("select details::text from kpi_config where salesman_id = ? "
                    + "and is_effect", String.class, id);
            if (!rows.isEmpty()) {
                return details(rows.get(0));
            }
        }
        return DEFAULT_KPI;
    }

    private void newVersion(long salesmanId, List<KpiDetail> details, String tag, Long actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("update kpi_config set is_effect = false, modify_time = ? where salesman_id = ? and is_effect", now,
                salesmanId);
        Long count = jdbc.queryForObject("select count(*) from kpi_config where salesman_id = ?", Long.class,
                salesmanId);
        try {
            jdbc.update("""
                    insert into kpi_config (salesman_id, is_effect, effect_month, details, ver, tags, create_by,
                                            create_time, modify_time)
                    values (?, true, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""", salesmanId, YearMonth.from(now).toString(),
                    json.writeValueAsString(details), "v" + (count + 1), tag, actor, now, now);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<KpiDetail> details(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, DETAILS);
        } catch (Exception e) {
            return List.of();
        }
    }

    private void requireSalesman(long salesmanId) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from salesman where salesman_id = ?)",
                Boolean.class, salesmanId);
        if (!Boolean.TRUE.equals(exists)) {
            throw SalesError.SALESMAN_NOT_FOUND.exception();
        }
    }
}
