package com.nuoer.customer.org;

import com.nuoer.common.config.JacksonConventions;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Range bounds of list filters ({@code *Gte}/{@code *Lte}, inclusive, domain.md §5.3): {@code yyyy-MM-dd HH:mm:ss} or a
 * bare {@code yyyy-MM-dd} (start of day for Gte, end of day for Lte). Bad text is a 40001 naming the field.
 */
public final class TimeRange {

    private TimeRange() {
    }

    public static LocalDateTime from(String field, String value) {
        return parse(field, value, false);
    }

    public static LocalDateTime to(String field, String value) {
        return parse(field, value, true);
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim().substring(0, Math.min(10, value.trim().length())),
                    JacksonConventions.DATE);
        } catch (DateTimeParseException e) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, field + ": 日期格式应为yyyy-MM-dd");
        }
    }

    private static LocalDateTime parse(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v, JacksonConventions.DATE);
                return endOfDay ? d.atTime(23, 59, 59) : d.atStartOfDay();
            }
            return LocalDateTime.parse(v, JacksonConventions.DATETIME);
        } catch (DateTimeParseException e) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, field + ": 时间格式应为yyyy-MM-dd HH:mm:ss");
        }
    }
}
