package com.nuoer.sales.stat;

import com.nuoer.sales.support.SalesError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A half-open date range [from, to) of statistics, parsed from the seed's dateType / date strings. */
public record Period(LocalDate from, LocalDate to) {

    /** dateType daily (yyyy-MM-dd) | monthly (yyyy-MM) | yearly (yyyy). */
    public static Period of(String dateType, String date) {
        try {
            return switch (dateType) {
                case "daily" -> {
                    LocalDate d = LocalDate.parse(date);
                    yield new Period(d, d.plusDays(1));
                }
                case "monthly" -> {
                    YearMonth m = YearMonth.parse(date);
                    yield new Period(m.atDay(1), m.plusMonths(1).atDay(1));
                }
                case "yearly" -> {
                    int y = Integer.parseInt(date);
                    yield new Period(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
                }
                default -> throw SalesError.DATE_FORMAT.exception("dateType: 只能是daily、monthly或yearly");
            };
        } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
            throw SalesError.DATE_FORMAT.exception("statisticsDate: 统计日期格式错误(" + dateType + ")");
        }
    }

    /** From the start of {@code gte}'s period to the end of {@code lte}'s (either may be null: open). */
    public static Period between(String dateType, String gte, String lte, LocalDate today) {
        LocalDate from = gte == null || gte.isBlank() ? null : of(dateType, gte).from();
        LocalDate to = lte == null || lte.isBlank() ? null : of(dateType, lte).to();
        if (from == null && to == null) {
            Period current = of(dateType, switch (dateType) {
                case "daily" -> today.toString();
                case "monthly" -> YearMonth.from(today).toString();
                default -> String.valueOf(today.getYear());
            });
            return "daily".equals(dateType) ? new Period(today.minusDays(29), today.plusDays(1))
                    : "monthly".equals(dateType) ? new Period(YearMonth.from(today).minusMonths(11).atDay(1),
                    current.to()) : current;
        }
        if (from == null) {
            from = LocalDate.of(2000, 1, 1);
        }
        if (to == null) {
            to = today.plusDays(1);
        }
        if (!from.isBefore(to)) {
            throw SalesError.DATE_FORMAT.exception("statisticsDateGte不能晚于statisticsDateLte");
        }
        return new Period(from, to);
    }

    /** yyyy-MM. */
    public static Period month(String matchMonth) {
        return of("monthly", matchMonth);
    }

    /** IndexDateType: 10 今天, 20 昨天, 30 本月, 40 上月. */
    public static Period index(int dateType, LocalDate today) {
        return switch (dateType) {
            case 10 -> new Period(today, today.plusDays(1));
            case 20 -> new Period(today.minusDays(1), today);
            case 30 -> new Period(YearMonth.from(today).atDay(1), YearMonth.from(today).plusMonths(1).atDay(1));
            case 40 -> new Period(YearMonth.from(today).minusMonths(1).atDay(1), YearMonth.from(today).atDay(1));
            default -> throw SalesError.DATE_FORMAT.exception("dateType: 只能是10、20、30或40");
        };
    }

    /** The period just before this one, of the same kind (day before, month before). */
    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1))) {
            return new Period(from.minusMonths(1), from);
        }
        long days = to.toEpochDay() - from.toEpochDay();
        return new Period(from.minusDays(days), from);
    }

    /** The label of a day in this period for a dateType. */
    public static String label(String dateType, LocalDate day) {
        return switch (dateType) {
            case "monthly" -> YearMonth.from(day).toString();
            case "yearly" -> String.valueOf(day.getYear());
            default -> day.toString();
        };
    }
}
