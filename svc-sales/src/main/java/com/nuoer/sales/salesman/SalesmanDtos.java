package com.nuoer.sales.salesman;

import com.nuoer.common.paging.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and answers of salesmen, floor prices and customer grades (seed names). */
public final class SalesmanDtos {

    private SalesmanDtos() {
    }

    public record SalesmanView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                               Long salesmanId, Long salesmanStaffId, String salesmanName, String mobile, String email,
                               String roleType, List<PriceConfig> beePriceConfigList) {
    }

    public record PriceConfig(String checkItem, String itemName, Integer checkType, Integer feeType, BigDecimal price,
                              BigDecimal floorPrice) {
    }

    /** 3.5.11 / 4.5.10. */
    public record SalesmanListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @Size(max = 64) String keyword, List<Long> salesmanIds,
                                      @Pattern(regexp = "inner|outer", message = "角色类型只能是inner或outer")
                                      String roleType,
                                      List<Long> excludeSalesmanIds, Long customerId) implements PageParams {
    }

    /** 3.5.13. */
    public record AddSalesmanRequest(@NotNull Long salesmanStaffId,
                                     @NotBlank @Pattern(regexp = "inner|outer", message = "销售员类型只能是inner或outer")
                                     String roleType) {
    }

    /** 3.5.14: floor prices, full replacement. */
    public record EditSalesmanRequest(@NotNull Long salesmanId,
                                      @Size(max = 500) List<@Valid @NotNull FloorPriceInput> beePriceConfigList) {
    }

    public record FloorPriceInput(@NotBlank @Size(max = 64) String checkItem, @DecimalMin("0") BigDecimal floorPrice) {
    }

    /** 3.5.15. */
    public record EditFloorPriceRequest(@NotNull Long salesmanId, @NotBlank @Size(max = 64) String checkItem,
                                        @NotNull @DecimalMin("0") BigDecimal floorPrice) {
    }

    public record GradeView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                            String gradeCode, BigDecimal royaltyRate, Boolean enabled, String remark) {
    }

    /** 3.5.5 / 4.5.9. */
    public record GradeListRequest(List<String> gradeCodeList) {
    }

    /** 3.5.6. */
    public record SaveGradeRequest(Long id, @NotBlank @Size(max = 32) String gradeCode,
                                   @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate, Boolean enabled,
                                   @Size(max = 255) String remark) {
    }
}
