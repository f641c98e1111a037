package com.nuoer.apicall.stats;

import com.nuoer.common.error.DomainError;

/** Refusals of the call statistics (svc-apicall codes 40090-40099): date ranges (domain.md §5.5). */
public enum StatsErrors implements DomainError {
    BAD_DATE(40090, "日期格式错误"),
    RANGE_REVERSED(40091, "开始日期不能晚于结束日期"),
    RANGE_TOO_LONG(40092, "统计范围过长"),
    BAD_DATE_TYPE(40093, "dateType: 日期类型须为10(今天),20(昨天),30(本月),40(上月)"),
    BAD_UNIT(40094, "unit: 日期类型不支持");

    private final int code;
    private final String message;

    StatsErrors(int code, String message) {
        this.code = code;
        this.message = message;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String message() {
        return message;
    }
}
