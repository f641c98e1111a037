package com.nuoer.billing.bill;

import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Product bills (3.3.29) and upstream bills (3.3.23-25). */
public final class BillDtos {

    private BillDtos() {
    }

    public record BeeBillQuery(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @NotBlank(message = "账单类型不能为空")
            @Pattern(regexp = "cust_daily|cust_monthly", message = "账单类型只能是cust_daily或cust_monthly") String billType,
            @Size(max = 10) String billDateGte,
            @Size(max = 10) String billDateLte,
            @Size(max = 500) List<@NotNull Long> deptIds) implements PageParams {
    }

    public record UpstreamQuery(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @NotBlank(message = "日期类型不能为空")
            @Pattern(regexp = "source_daily|source_monthly", message = "日期类型只能是source_daily或source_monthly")
            String billType,
            @Size(max = 10) String startDate,
            @Size(max = 10) String endDate,
            @Size(max = 200) List<@NotNull Long> dataSourceIdList,
            @Size(max = 200) List<@NotBlank String> checkItemList) implements PageParams {
    }

    public record UpstreamStatistics(Long totalCount, BigDecimal totalCost) {
    }
}
