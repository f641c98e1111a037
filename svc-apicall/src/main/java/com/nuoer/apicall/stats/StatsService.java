package com.nuoer.apicall.stats;

import com.nuoer.apicall.stats.web.StatsDtos.ApiStatisticsView;
import com.nuoer.apicall.stats.web.StatsDtos.CoreStatisticsView;
import com.nuoer.apicall.stats.web.StatsDtos.DateStat;
import com.nuoer.apicall.stats.web.StatsDtos.ItemCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Call statistics computed ONLY from the usage aggregates ({@code usage_day}, {@code usage_hour},
 * {@code usage_day_upstream}, maintained by UsageAccumulator within a second of each call): never a scan of
 * api_record. Days and months read usage_day, hours usage_hour. {@code count} = calls, {@code fee} = charged amount.
 */
@Service
public class StatsService {

    static final int TOP_ITEMS = 10;

    /** One aggregate line: a bucket × product. */
    record Line(LocalDateTime bucket, String checkItem, String itemName, long count, BigDecimal fee) {
    }

    /** Filters: null = all. */
    public record Scope(List<Long> deptIds, List<String> checkItems, String keyword) {
        public static Scope all() {
            return new Scope(null, null, null);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public StatsService(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ trends

    /** 3.6.2: per bucket the top products, product count and totals (empty buckets included). */
    public List<DateStat> trend(StatsRange range, Scope scope) {
        return dates(range, lines(range, scope));
    }

    /** 2.7.2: totals, per-product counts and fees, per bucket, product codes. */
    public ApiStatisticsView apiStatistics(StatsRange range, Scope scope) {
        List<Line> lines = lines(range, scope);
        List<ItemCount> items = byItem(lines);
        long total = items.stream().mapToLong(ItemCount::count).sum();
        BigDecimal fee = money(items.stream().map(ItemCount::fee).reduce(BigDecimal.ZERO, BigDecimal::add));
        List<ItemCount> byFee = new ArrayList<>(items);
        byFee.sort(Comparator.comparing(ItemCount::fee).reversed().thenComparing(ItemCount::checkItem));
        return new ApiStatisticsView((int) total, fee, items, byFee, dates(range, lines),
                items.stream().map(ItemCount::checkItem).toList());
    }

    /** 3.6.4: per product over the period of a dateType (all customers, or one developer account). */
    public List<ItemCount> customerCalls(int dateType, Long deptId) {
        Period p = period(dateType);
        StatsRange range = new StatsRange(StatsRange.Unit.DAYS, p.from().atStartOfDay(),
                p.to().plusDays(1).atStartOfDay(), List.of());
        return byItem(lines(range, new Scope(deptId == null ? null : List.of(deptId), null, null)));
    }

    private List<Line> lines(StatsRange range, Scope scope) {
        MapSqlParameterSource args = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder();
        if (range.unit() == StatsRange.Unit.HOURS) {
            sql.append("""
                    select u.usage_hour as bucket, u.check_item, max(c.item_name) as item_name,
                           sum(u.call_count) as cnt, sum(u.fee) as fee
                    from usage_hour u left join check_item c on c.check_item = u.check_item
                    where u.usage_hour >= :from and u.usage_hour < :to""");
            args.addValue("from", Timestamp.valueOf(range.from())).addValue("to", Timestamp.valueOf(range.to()));
        } else {
            String bucket = range.unit() == StatsRange.Unit.MONTHS ? "date_trunc('month', u.usage_date)::date"
                    : "u.usage_date";
            sql.append("select ").append(bucket).append("""
                     as bucket, u.check_item, max(c.item_name) as item_name,
                           sum(u.call_count) as cnt, sum(u.fee) as fee
                    from usage_day u left join check_item c on c.check_item = u.check_item
                    where u.usage_date >= :from and u.usage_date < :to""");
            args.addValue("from", Date.valueOf(range.from().toLocalDate()))
                    .addValue("to", Date.valueOf(range.to().toLocalDate()));
        }
        if (scope.deptIds() != null) {
            if (scope.deptIds().isEmpty()) {
                return List.of();
            }
            sql.append(" and u.dept_id in (:depts)");
            args.addValue("depts", scope.deptIds());
        }
        if (scope.checkItems() != null && !scope.checkItems().isEmpty()) {
            sql.append(" and u.check_item in (:items)");
            args.addValue("items", scope.checkItems());
        }
        if (scope.keyword() != null && !scope.keyword().isBlank()) {
            sql.append(" and (u.check_item ilike :kw or c.item_name ilike :kw)");
            args.addValue("kw", "%" + scope.keyword().trim().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        sql.append(" group by 1, 2 having sum(u.call_count) > 0 or sum(u.fee) <> 0");
        return jdbc.query(sql.toString(), args, (rs, i) -> new Line(
                rs.getObject("bucket") instanceof Timestamp t ? t.toLocalDateTime()
                        : rs.getDate("bucket").toLocalDate().atStartOfDay(),
                rs.getString("check_item"), rs.getString("item_name"), rs.getLong("cnt"), rs.getBigDecimal("fee")));
    }

    private static List<ItemCount> byItem(List<Line> lines) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> fees = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Line l : lines) {
            counts.computeIfAbsent(l.checkItem(), k -> new long[1])[0] += l.count();
            fees.merge(l.checkItem(), l.fee(), BigDecimal::add);
            if (l.itemName() != null) {
                names.put(l.checkItem(), l.itemName());
            }
        }
        List<ItemCount> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new ItemCount(code, names.getOrDefault(code, code), null, (int) c[0],
                money(fees.get(code)))));
        out.sort(Comparator.comparing(ItemCount::count).reversed().thenComparing(ItemCount::checkItem));
        return out;
    }

    private static List<DateStat> dates(StatsRange range, List<Line> lines) {
        Map<LocalDateTime, List<Line>> byBucket = new HashMap<>();
        for (Line l : lines) {
            byBucket.computeIfAbsent(l.bucket(), k -> new ArrayList<>()).add(l);
        }
        List<DateStat> out = new ArrayList<>();
        for (LocalDateTime b : range.buckets()) {
            List<ItemCount> items = byItem(byBucket.getOrDefault(b, List.of()));
            long total = items.stream().mapToLong(ItemCount::count).sum();
            BigDecimal fee = money(items.stream().map(ItemCount::fee).reduce(BigDecimal.ZERO, BigDecimal::add));
            out.add(new DateStat(range.label(b), items.size() > TOP_ITEMS ? items.subList(0, TOP_ITEMS) : items,
                    items.size(), (int) total, fee));
        }
        return out;
    }

    // ------------------------------------------------------------------ core indicators

    /** A period of whole days [from, to] and, for a running period, the hour it has reached. */
    record Period(LocalDate from, LocalDate to, LocalDateTime until) {
    }

    Period period(int dateType) {
        LocalDate today = LocalDate.now(clock);
        return switch (dateType) {
            case 10 -> new Period(today, today, LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1));
            case 20 -> new Period(today.minusDays(1), today.minusDays(1), null);
            case 30 -> new Period(today.withDayOfMonth(1), today, null);
            case 40 -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Period(first, first.withDayOfMonth(first.lengthOfMonth()), null);
            }
            default -> throw StatsErrors.BAD_DATE_TYPE.exception();
        };
    }

    /** The period compared with: the one before, up to the same point when the current one is still running. */
    Period compared(int dateType, Period p) {
        LocalDate today = LocalDate.now(clock);
        return switch (dateType) {
            case 10 -> new Period(today.minusDays(1), today.minusDays(1), p.until().minusDays(1));
            case 20 -> new Period(p.from().minusDays(1), p.from().minusDays(1), null);
            case 30 -> {
                LocalDate first = p.from().minusMonths(1);
                int day = Math.min(today.getDayOfMonth(), first.lengthOfMonth());
                yield new Period(first, first.withDayOfMonth(day), null);
            }
            default -> {
                LocalDate first = p.from().minusMonths(1);
                yield new Period(first, first.withDayOfMonth(first.lengthOfMonth()), null);
            }
        };
    }

    public CoreStatisticsView core(int dateType) {
        Period p = period(dateType);
        Period c = compared(dateType, p);
        long[] cur = new long[1];
        BigDecimal[] curFee = new BigDecimal[1];
        long cache = charged(p, cur, curFee);
        long[] prev = new long[1];
        BigDecimal[] prevFee = new BigDecimal[1];
        charged(c, prev, prevFee);
        Map<String, Object> up = jdbc.queryForMap("""
                select coalesce(sum(call_count), 0) as cnt, coalesce(sum(cost), 0) as cost from usage_day_upstream
                where usage_date >= :from and usage_date <= :to""",
                new MapSqlParameterSource("from", Date.valueOf(p.from())).addValue("to", Date.valueOf(p.to())));
        return new CoreStatisticsView(cur[0], prev[0], rate(BigDecimal.valueOf(cur[0]), BigDecimal.valueOf(prev[0])),
                money(curFee[0]), money(prevFee[0]), rate(curFee[0], prevFee[0]), ((Number) up.get("cnt")).longValue(),
                money((BigDecimal) up.get("cost")), cache);
    }

    /** Charged calls and amount of a period into the arrays; returns the cache answers. */
    private long charged(Period p, long[] count, BigDecimal[] fee) {
        Map<String, Object> row;
        if (p.until() != null) {
            row = jdbc.queryForMap("""
                    select coalesce(sum(charge_count), 0) as cnt, coalesce(sum(fee), 0) as fee,
                           coalesce(sum(cache_count), 0) as cache
                    from usage_hour where usage_hour >= :from and usage_hour < :until""",
                    new MapSqlParameterSource("from", Timestamp.valueOf(p.from().atStartOfDay()))
                            .addValue("until", Timestamp.valueOf(p.until())));
        } else {
            row = jdbc.queryForMap("""
                    select coalesce(sum(charge_count), 0) as cnt, coalesce(sum(fee), 0) as fee,
                           coalesce(sum(cache_count), 0) as cache
                    from usage_day where usage_date >= :from and usage_date <= :to""",
                    new MapSqlParameterSource("from", Date.valueOf(p.from())).addValue("to", Date.valueOf(p.to())));
        }
        count[0] = ((Number) row.get("cnt")).longValue();
        fee[0] = (BigDecimal) row.get("fee");
        return ((Number) row.get("cache")).longValue();
    }

    /** Growth in percent (2 decimals); from nothing to something = 100, nothing to nothing = 0. */
    static BigDecimal rate(BigDecimal current, BigDecimal before) {
        if (before.signum() == 0) {
            return current.signum() == 0 ? BigDecimal.ZERO.setScale(2) : new BigDecimal("100.00");
        }
        return current.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
    }
}
