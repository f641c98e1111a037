package com.nuoer.sales.maintain;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Month;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Request bodies of the maintain (assignment) endpoints, with the seed's field names. */
public final class MaintainRequests {

    private MaintainRequests() {
    }

    /** 3.5.1 maintain/list and 3.7.9 maintainList (the latter only sends customerNameLike). */
    public record MaintainListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @Size(max = 128) String customerNameLike, List<Long> salesmanIds,
                                      List<String> gradeCodes,
                                      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "日期格式应为yyyy-MM-dd")
                                      String nearFollowDateGte,
                                      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "日期格式应为yyyy-MM-dd")
                                      String nearFollowDateLt) implements PageParams {
    }

    /** 3.5.4 assign. */
    public record AssignRequest(@NotNull Long salesmanId, @NotNull Long customerId, Long deptId,
                                @Size(max = 32) String gradeCode,
                                @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate,
                                @Month String effectMonth, @Size(max = 64) String gainChannel) {
    }

    /** 3.5.3 batchAssign. */
    public record BatchAssignRequest(@NotNull Long salesmanId, @NotEmpty @Size(max = 500) List<@Valid @NotNull AssignInfo> infoList) {
    }

    public record AssignInfo(@NotNull Long customerId, @Size(max = 32) String gradeCode,
                             @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate, @Month String effectMonth) {
    }

    /** 3.7.14 editAssistant. */
    public record EditAssistantRequest(@NotNull Long merchantId, @NotNull Long assistantId,
                                       @Size(max = 32) String gradeCode,
                                       @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate,
                                       @Month String royaltyEffectMonth, @Size(max = 64) String gainChannel) {
    }

    /** 3.7.15 editGainChannel. */
    public record EditGainChannelRequest(@NotNull Long merchantId, @Size(max = 64) String gainChannel) {
    }

    /** 3.4.12 staff/handover. */
    public record HandoverRequest(@NotNull Long staffId, @Month String effectMonth,
                                  @Size(max = 1000) List<@Valid @NotNull HandoverDetail> details) {
    }

    public record HandoverDetail(@NotNull Long customerId, @NotNull Long targetStaffId, @Size(max = 32) String gradeCode,
                                 @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate) {
    }

    /** 3.7.33 deptItem/editSpreaderRoyalties. */
    public record EditSpreaderRoyaltiesRequest(@NotNull Long deptItemId,
                                               @Size(max = 50) List<@Valid @NotNull SpreaderRoyaltyInput> spreaderRoyalties) {
    }

    public record SpreaderRoyaltyInput(@NotNull Long spreaderId,
                                       @NotBlank @Pattern(regexp = "PRICE|RATE", message = "提成计算方式只能是PRICE或RATE")
                                       String royaltyType,
                                       @DecimalMin("0") BigDecimal royaltyPrice,
                                       @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate,
                                       @Month String effectMonth) {
    }
}
