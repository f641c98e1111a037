package com.nuoer.sales.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nuoer.common.paging.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Sales targets and KPI configurations (seed names). */
public final class TargetDtos {

    private TargetDtos() {
    }

    public record TargetView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                             Long salesmanId, String salesmanName, BigDecimal monthTarget, BigDecimal quarterTarget,
                             BigDecimal yearTarget, String effectMonth) {
    }

    public record TargetChangeView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                                   Long salesmanId, String salesmanName, BigDecimal monthTarget,
                                   BigDecimal quarterTarget, BigDecimal yearTarget, String effectMonth,
                                   BigDecimal beforeMonthTarget, BigDecimal beforeQuarterTarget,
                                   BigDecimal beforeYearTarget) {
    }

    public record TargetListRequest(List<Long> salesmanIds) {
    }

    public record SaveTargetRequest(@NotNull Long salesmanId, @PositiveOrZero BigDecimal monthTarget,
                                    @PositiveOrZero BigDecimal quarterTarget, @PositiveOrZero BigDecimal yearTarget,
                                    @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "生效月份格式错误")
                                    String effectMonth) {
    }

    /** One KPI line: {@code target} is text in the seed (a number for the amount KPIs). */
    public record KpiDetail(@NotBlank @Size(max = 32) String code, @Size(max = 64) String name,
                            @Size(max = 64) String target,
                            @DecimalMin("0") @DecimalMax("100") BigDecimal weight, BigDecimal reachRate) {
    }

    public record KpiTargets(BigDecimal month, BigDecimal quarter, BigDecimal year) {
    }

    public record KpiView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                          Long salesmanId, String salesmanName, @JsonProperty("isEffect") Boolean isEffect,
                          String effectMonth, KpiTargets targets, List<KpiDetail> details, String ver, String tags) {
    }

    public record KpiListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                 @NotNull Long salesmanId, Boolean isValid) implements PageParams {
    }

    public record SaveKpiRequest(@NotNull @PositiveOrZero Long salesmanId,
                                 @Size(max = 20) List<@Valid @NotNull KpiDetail> details) {
    }

}
