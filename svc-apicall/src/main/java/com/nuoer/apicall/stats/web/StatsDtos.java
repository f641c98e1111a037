package com.nuoer.apicall.stats.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Requests and answers of the call statistics (seed 2.7.2, 3.6.1, 3.6.2, 3.6.4), JSON names as in the seed. */
public final class StatsDtos {

    private StatsDtos() {
    }

    /** 2.7.2 调用统计 (beeback: the session's developer account). */
    public record ApiStatisticsRequest(
            @NotBlank(message = "日期类型不能为空") @Pattern(regexp = "DAYS|MONTHS", message = "日期类型须为DAYS或MONTHS") String unit,
            @NotBlank(message = "开始日期不能为空") String startDate,
            @NotBlank(message = "结束日期不能为空") String endDate,
            @Size(max = 64) String keyword) {
    }

    /** 3.6.2 产品调用趋势 (crm). */
    public record ApiCallStatisticsRequest(
            @NotBlank(message = "日期类型不能为空") @Pattern(regexp = "HOURS|DAYS|MONTHS", message = "日期类型须为HOURS、DAYS或MONTHS") String unit,
            @NotBlank(message = "开始日期不能为空") String startDate,
            @NotBlank(message = "结束日期不能为空") String endDate,
            @Size(max = 500) List<Long> deptIdList,
            @Size(max = 200) List<String> checkItemList) {
    }

    /** 3.6.1 核心指标统计 (crm). */
    public record CoreStatisticsRequest(@NotNull(message = "日期类型不能为空") Integer dateType) {
    }

    /** 3.6.4 客户调用统计 (crm). */
    public record CustomerCallStatisticsRequest(@NotNull(message = "日期类型不能为空") Integer dateType, Long deptId) {
    }

    /** One product's calls: {@code count} calls, {@code fee} charged (yuan); {@code tag} null (usage is per product). */
    public record ItemCount(String checkItem, String checkItemName, String tag, Integer count, BigDecimal fee) {
    }

    /** One date bucket: the top 10 products by calls, how many products were called, totals. */
    public record DateStat(String date, List<ItemCount> items, Integer itemCount, Integer totalCount,
                           BigDecimal totalFee) {
    }

    public record ApiStatisticsView(Integer totalCount, BigDecimal totalFee, List<ItemCount> itemCounts,
                                    List<ItemCount> itemFees, List<DateStat> dates, List<String> checkItems) {
    }

    /**
     * 核心指标: charged calls and their amount in the period against the previous period of the same kind up to the
     * same point (today ↔ yesterday until the same hour, this month ↔ last month until the same day; yesterday and
     * last month against the whole period before), growth in percent; upstream calls and their cost; cache answers.
     */
    public record CoreStatisticsView(Long orderCount, Long comparedCount, BigDecimal orderCountIncreaseRate,
                                     BigDecimal orderAmount, BigDecimal comparedAmount,
                                     BigDecimal orderAmountIncreaseRate, Long upstreamCount,
                                     BigDecimal upstreamAmount, Long cacheCount) {
    }
}
