package com.nuoer.apicall.stats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated statistics range (domain.md §5.5): {@code DAYS} 2024-01-01 … at most {@value #MAX_DAYS} days,
 * {@code MONTHS} 2024-01 … at most {@value #MAX_MONTHS} months, {@code HOURS} (crm) 2024-01-01 00:00:00 … at most
 * {@value #MAX_HOURS} hours (an end given as a date means its last hour). Both ends inclusive. {@code buckets} are
 * the labels in order, each bucket's start inside [{@code from}, {@code to}).
 */
public record StatsRange(Unit unit, LocalDateTime from, LocalDateTime to, List<LocalDateTime> buckets) {

    public enum Unit { HOURS, DAYS, MONTHS }

    static final int MAX_DAYS = 31;
    static final int MAX_MONTHS = 36;
    static final int MAX_HOURS = 168;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    public static StatsRange parse(String unitText, String start, String end) {
        Unit unit;
        try {
            unit = Unit.valueOf(unitText);
        } catch (RuntimeException e) {
            throw StatsErrors.BAD_UNIT.exception("unit: 日期类型须为" + "DAYS或MONTHS");
        }
        return switch (unit) {
            case DAYS -> {
                LocalDate a = date(start, "startDate", DAY, "2024-01-01");
                LocalDate b = date(end, "endDate", DAY, "2024-01-01");
                order(a.isAfter(b));
                long n = ChronoUnit.DAYS.between(a, b) + 1;
                if (n > MAX_DAYS) {
                    throw StatsErrors.RANGE_TOO_LONG.exception("按日统计最长选" + MAX_DAYS + "日（当前" + n + "日）");
                }
                List<LocalDateTime> buckets = new ArrayList<>();
                for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
                    buckets.add(d.atStartOfDay());
                }
                yield new StatsRange(unit, a.atStartOfDay(), b.plusDays(1).atStartOfDay(), buckets);
            }
            case MONTHS -> {
                YearMonth a = month(start, "startDate");
                YearMonth b = month(end, "endDate");
                order(a.isAfter(b));
                long n = ChronoUnit.MONTHS.between(a, b) + 1;
                if (n > MAX_MONTHS) {
                    throw StatsErrors.RANGE_TOO_LONG.exception("按月统计最长选" + MAX_MONTHS + "个月（当前" + n + "个月）");
                }
                List<LocalDateTime> buckets = new ArrayList<>();
                for (YearMonth m = a; !m.isAfter(b); m = m.plusMonths(1)) {
                    buckets.add(m.atDay(1).atStartOfDay());
                }
                yield new StatsRange(unit, a.atDay(1).atStartOfDay(), b.plusMonths(1).atDay(1).atStartOfDay(), buckets);
            }
            case HOURS -> {
                LocalDateTime a = hour(start, "startDate", false);
                LocalDateTime b = hour(end, "endDate", true);
                order(a.isAfter(b));
                long n = ChronoUnit.HOURS.between(a, b) + 1;
                if (n > MAX_HOURS) {
                    throw StatsErrors.RANGE_TOO_LONG.exception("按小时统计最长选" + MAX_HOURS + "小时（当前" + n + "小时）");
                }
                List<LocalDateTime> buckets = new ArrayList<>();
                for (LocalDateTime h = a; !h.isAfter(b); h = h.plusHours(1)) {
                    buckets.add(h);
                }
                yield new StatsRange(unit, a, b.plusHours(1), buckets);
            }
        };
    }

    public String label(LocalDateTime bucket) {
        return switch (unit) {
            case DAYS -> bucket.toLocalDate().format(DAY);
            case MONTHS -> YearMonth.from(bucket).format(MONTH);
            case HOURS -> bucket.format(HOUR);
        };
    }

    private static void order(boolean reversed) {
        if (reversed) {
            throw StatsErrors.RANGE_REVERSED.exception();
        }
    }

    private static LocalDate date(String s, String field, DateTimeFormatter f, String example) {
        try {
            return LocalDate.parse(s.trim(), f);
        } catch (RuntimeException e) {
            throw StatsErrors.BAD_DATE.exception(field + ": 按日格式须为" + example + "（收到 " + s + "）");
        }
    }

    private static YearMonth month(String s, String field) {
        try {
            return YearMonth.parse(s.trim(), MONTH);
        } catch (RuntimeException e) {
            throw StatsErrors.BAD_DATE.exception(field + ": 按月格式须为2024-01（收到 " + s + "）");
        }
    }

    private static LocalDateTime hour(String s, String field, boolean end) {
        String t = s.trim();
        try {
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t, DAY);
                return end ? d.atTime(23, 0) : d.atStartOfDay();
            }
            return LocalDateTime.parse(t, HOUR).truncatedTo(ChronoUnit.HOURS);
        } catch (RuntimeException e) {
            throw StatsErrors.BAD_DATE.exception(field + ": 按小时格式须为2024-01-01 00:00:00（收到 " + s + "）");
        }
    }
}
