package com.nuoer.sales.stat;

import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Requests and answers of the performance and statistics endpoints (seed names). */
public final class StatDtos {

    private StatDtos() {
    }

    public static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    public static final String DATE_TYPE = "daily|monthly|yearly";

    // ------------------------------------------------------------------ requests

    public record PerfListRequest(List<Long> salesmanIds,
                                  @NotBlank @Pattern(regexp = DATE_TYPE, message = "统计日期类型只能是daily、monthly或yearly")
                                  String dateType,
                                  @NotBlank String statisticsDate) {
    }

    public record SalesmanStatRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @NotBlank @Pattern(regexp = MONTH, message = "匹配月份格式应为yyyy-MM")
                                      String matchMonth,
                                      @Size(max = 64) String keyword,
                                      @Pattern(regexp = "inner|outer", message = "角色类型只能是inner或outer")
                                      String roleType) implements PageParams {
    }

    /** crm 3.5.20–3.5.22 (salesmanId required). */
    public record CrmCustomerStatRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                         @Size(max = 64) String keyword, @NotNull Long salesmanId, Long customerId,
                                         @NotBlank @Pattern(regexp = MONTH, message = "匹配月份格式应为yyyy-MM")
                                         String matchMonth) implements PageParams {
    }

    /** sales 4.5.14–4.5.17 (the session's salesman). */
    public record SalesCustomerStatRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                           @Size(max = 64) String keyword,
                                           @NotBlank @Pattern(regexp = MONTH, message = "匹配月份格式应为yyyy-MM")
                                           String matchMonth) implements PageParams {
    }

    public record TrendRequest(List<Long> customerIds, Long salesmanId, List<String> checkItemList,
                               @NotBlank @Pattern(regexp = MONTH, message = "匹配月份格式应为yyyy-MM")
                               String matchMonth) {
    }

    public record RankingRequest(List<Long> deptIdList, @NotNull Integer dateType, Long salesmanId) {
    }

    public record CoreRequest(Boolean refresh) {
    }

    public record SummaryRequest(@NotBlank @Pattern(regexp = DATE_TYPE, message = "统计日期类型只能是daily、monthly或yearly")
                                 String dateType, @NotBlank String statisticsDate) {
    }

    public record PerfStatisticsRequest(Long salesmanId,
                                        @Pattern(regexp = DATE_TYPE, message = "统计日期类型只能是daily、monthly或yearly")
                                        String dateType, String statisticsDateGte, String statisticsDateLte,
                                        @jakarta.validation.constraints.Min(value = 1, message = "展示类型只能是1或2")
                                        @jakarta.validation.constraints.Max(value = 2, message = "展示类型只能是1或2")
                                        Integer displayType) {
    }

    // ------------------------------------------------------------------ answers

    public record KpiLine(String code, String name, String target, BigDecimal weight, BigDecimal reachRate) {
    }

    public record PerfView(Long salesmanId, String salesmanName, String dateType, String statisticsDate,
                           BigDecimal salesAmount, Long chargeCalls, BigDecimal paymentAmount, BigDecimal salesTarget,
                           BigDecimal royaltyAmount, List<KpiLine> kpiDetails, BigDecimal reachKpiRate,
                           BigDecimal kpiRoyaltyAmount) {
    }

    public record SalesmanStatView(Long salesmanId, Long salesmanStaffId, String salesmanName, String roleType,
                                   String mobile, String email, String statisticsDate, Long customerCount,
                                   Long deptItemCount, BigDecimal salesAmount, Long chargeCalls,
                                   BigDecimal royaltyAmount) {
    }

    public record Sums(BigDecimal salesAmount, Long chargeCalls, BigDecimal royaltyAmount) {
    }

    public record TrendItem(String checkItem, String itemName, BigDecimal salesAmount, Long chargeCalls,
                            BigDecimal royaltyAmount) {
    }

    public record TrendDay(String statisticsDate, BigDecimal salesAmount, Long chargeCalls, BigDecimal royaltyAmount,
                           List<TrendItem> items) {
    }

    public record TrendView(BigDecimal totalSalesAmount, Long totalChargeCalls, BigDecimal totalRoyaltyAmount,
                            List<TrendDay> details) {
    }

    public record RankingView(Long deptId, Long organizationId, String deptName, Long count, BigDecimal amount,
                              BigDecimal royaltyAmount, Long compareCount, BigDecimal compareAmount,
                              BigDecimal countIncreaseRate, BigDecimal amountIncreaseRate,
                              BigDecimal royaltyAmountIncreaseRate) {
    }

    public record CoreView(BigDecimal currMonthAmount, BigDecimal currMonthRoyaltyAmount, BigDecimal prevMonthAmount,
                           BigDecimal prevMonthRoyaltyAmount) {
    }

    public record SummaryView(String statisticsDate, BigDecimal salesAmount, Long chargeCalls,
                              BigDecimal paymentAmount, BigDecimal royaltyAmount, String dateType,
                              BigDecimal salesTarget) {
    }

    public record BacklogView(Long unsignCount, Long receivableCustomerCount, Long waitInvoiceCount) {
    }

    public record PerfStatisticsView(Long customerId, String customerName, Long salesmanId, String dateType,
                                     String statisticsDate, BigDecimal salesAmount, Long chargeCalls,
                                     BigDecimal paymentAmount) {
    }

    public record CallStatisticsView(String checkItem, String checkItemName, String tag, Long count, BigDecimal fee) {
    }
}
