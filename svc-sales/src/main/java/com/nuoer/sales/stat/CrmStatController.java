package com.nuoer.sales.stat;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.stat.StatDtos.CrmCustomerStatRequest;
import com.nuoer.sales.stat.StatDtos.PerfListRequest;
import com.nuoer.sales.stat.StatDtos.PerfView;
import com.nuoer.sales.stat.StatDtos.RankingView;
import com.nuoer.sales.stat.StatDtos.SalesmanStatRequest;
import com.nuoer.sales.stat.StatDtos.SalesmanStatView;
import com.nuoer.sales.stat.StatDtos.TrendRequest;
import com.nuoer.sales.stat.StatDtos.TrendView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** crm performance and statistics: 3.5.7, 3.5.19–3.5.23, 3.6.3. */
@RestController
@RequiresMenu(MenuCodes.CRM_SALES)
public class CrmStatController {

    private final StatQueryService stats;
    private final DeptItemStatExport export;
    private final Clock clock;
    private final ObjectMapper json;

    public CrmStatController(StatQueryService stats, DeptItemStatExport export, Clock clock, ObjectMapper json) {
        this.json = json;
        this.stats = stats;
        this.export = export;
        this.clock = clock;
    }

    @PostMapping("/mt/crm/sales/perf/list")
    public ApiResponse<List<PerfView>> perf(@Valid @RequestBody PerfListRequest request) {
        return ApiResponse.ok(stats.perf(request));
    }

    @PostMapping("/mt/crm/sales/salesman/statisticsList")
    public ApiResponse<PageResult<SalesmanStatView>> salesmen(@Valid @RequestBody SalesmanStatRequest request) {
        return ApiResponse.ok(stats.salesmanStatistics(request));
    }

    @PostMapping("/mt/crm/sales/salesman/customerStatisticsList")
    public ApiResponse<PageResult<Map<String, Object>>> customers(@Valid @RequestBody CrmCustomerStatRequest r) {
        stats.requireSalesman(r.salesmanId());
        return ApiResponse.ok(stats.customerStatistics(r.salesmanId(), r.keyword(), r.customerId(), r.matchMonth(), r));
    }

    @PostMapping("/mt/crm/sales/salesman/deptItemStatisticsList")
    public ApiResponse<PageResult<Map<String, Object>>> deptItems(@Valid @RequestBody CrmCustomerStatRequest r) {
        stats.requireSalesman(r.salesmanId());
        return ApiResponse.ok(stats.deptItemStatistics(r.salesmanId(), r.keyword(), r.customerId(), r.matchMonth(), r));
    }

    /**
     * 3.5.22: the seed documents an envelope answer; a client that asks for JSON ({@code Accept} naming
     * application/json) gets the envelope with the row count, any other client (a browser download) the .xlsx.
     */
    @PostMapping("/mt/crm/sales/salesman/deptItemStatisticsExport")
    public void exportDeptItems(@Valid @RequestBody CrmCustomerStatRequest r,
                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                HttpServletResponse response) throws IOException {
        stats.requireSalesman(r.salesmanId());
        if (accept != null && accept.contains("application/json")) {
            long[] rows = {0};
            stats.forEachDeptItem(r.salesmanId(), r.keyword(), r.customerId(), r.matchMonth(), row -> rows[0]++);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ApiResponse.ok(Map.of("rowCount", rows[0],
                    "fileName", "销售客户产品统计_" + r.matchMonth() + ".xlsx")));
            return;
        }
        export.export(response, r.salesmanId(), r.keyword(), r.customerId(), r.matchMonth());
    }

    @PostMapping("/mt/crm/sales/salesTrendStatisticsList")
    public ApiResponse<TrendView> trend(@Valid @RequestBody TrendRequest r) {
        if (r.salesmanId() != null) {
            stats.requireSalesman(r.salesmanId());
        }
        return ApiResponse.ok(stats.trend(r.salesmanId(), r.customerIds(), r.checkItemList(), r.matchMonth(), null));
    }

    /** 3.6.3: platform-wide ranking of the customers' developer accounts. */
    @PostMapping("/mt/crm/index/bee/customerRanking")
    @RequiresMenu({MenuCodes.CRM_INDEX, MenuCodes.CRM_SALES})
    public ApiResponse<List<RankingView>> ranking(@Valid @RequestBody CrmRankingRequest r) {
        SessionContext.require();
        return ApiResponse.ok(stats.platformRanking(Period.index(r.dateType(), LocalDate.now(clock))));
    }

    public record CrmRankingRequest(@NotNull Integer dateType) {
    }
}
