package com.nuoer.sales.stat;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.maintain.SalesScope;
import com.nuoer.sales.stat.StatDtos.BacklogView;
import com.nuoer.sales.stat.StatDtos.CallStatisticsView;
import com.nuoer.sales.stat.StatDtos.CoreRequest;
import com.nuoer.sales.stat.StatDtos.CoreView;
import com.nuoer.sales.stat.StatDtos.PerfStatisticsRequest;
import com.nuoer.sales.stat.StatDtos.PerfStatisticsView;
import com.nuoer.sales.stat.StatDtos.RankingRequest;
import com.nuoer.sales.stat.StatDtos.RankingView;
import com.nuoer.sales.stat.StatDtos.SalesCustomerStatRequest;
import com.nuoer.sales.stat.StatDtos.SummaryRequest;
import com.nuoer.sales.stat.StatDtos.SummaryView;
import com.nuoer.sales.stat.StatDtos.Sums;
import com.nuoer.sales.stat.StatDtos.TrendRequest;
import com.nuoer.sales.stat.StatDtos.TrendView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The salesman's own statistics (4.5.14–4.5.17, 4.5.21) and home page (4.4.1–4.4.6); an app manager sees
 * everybody (statistics lists: his own book, as they are per salesman).
 */
@RestController
public class SalesStatController {

    private final StatQueryService stats;
    private final SalesIndexService index;
    private final SalesScope scope;
    private final DeptItemStatExport export;

    public SalesStatController(StatQueryService stats, SalesIndexService index, SalesScope scope,
                               DeptItemStatExport export) {
        this.stats = stats;
        this.index = index;
        this.scope = scope;
        this.export = export;
    }

    @PostMapping("/mt/sales/customer/customerStatisticsList")
    public ApiResponse<PageResult<Map<String, Object>>> customers(@Valid @RequestBody SalesCustomerStatRequest r) {
        SessionInfo s = SessionContext.require();
        return ApiResponse.ok(stats.customerStatistics(SalesScope.self(s), r.keyword(), null, r.matchMonth(), r));
    }

    @PostMapping("/mt/sales/customer/deptItemStatisticsList")
    public ApiResponse<PageResult<Map<String, Object>>> deptItems(@Valid @RequestBody SalesCustomerStatRequest r) {
        SessionInfo s = SessionContext.require();
        return ApiResponse.ok(stats.deptItemStatistics(SalesScope.self(s), r.keyword(), null, r.matchMonth(), r));
    }

    @PostMapping("/mt/sales/customer/deptItemStatisticsSum")
    public ApiResponse<Sums> deptItemSums(@Valid @RequestBody SalesCustomerStatRequest r) {
        SessionInfo s = SessionContext.require();
        return ApiResponse.ok(stats.deptItemSums(SalesScope.self(s), r.keyword(), r.matchMonth()));
    }

    @PostMapping("/mt/sales/customer/deptItemStatisticsExport")
    public void export(@Valid @RequestBody SalesCustomerStatRequest r, HttpServletResponse response)
            throws IOException {
        SessionInfo s = SessionContext.require();
        export.export(response, SalesScope.self(s), r.keyword(), null, r.matchMonth());
    }

    @PostMapping("/mt/sales/customer/salesTrendStatisticsList")
    public ApiResponse<TrendView> trend(@Valid @RequestBody TrendRequest r) {
        SessionInfo s = SessionContext.require();
        scope.requireCustomers(s, r.customerIds());
        Long salesman = scope.salesmanFor(s, null);
        return ApiResponse.ok(stats.trend(salesman, r.customerIds(), r.checkItemList(), r.matchMonth(),
                scope.visibleCustomers(s)));
    }

    @PostMapping("/mt/sales/index/coreStatistics")
    public ApiResponse<CoreView> core(@Valid @RequestBody(required = false) CoreRequest r) {
        return ApiResponse.ok(index.core(SessionContext.require()));
    }

    @PostMapping("/mt/sales/index/summary")
    public ApiResponse<SummaryView> summary(@Valid @RequestBody SummaryRequest r) {
        return ApiResponse.ok(index.summary(SessionContext.require(), r));
    }

    @PostMapping("/mt/sales/index/backlog")
    public ApiResponse<BacklogView> backlog() {
        return ApiResponse.ok(index.backlog(SessionContext.require()));
    }

    @PostMapping("/mt/sales/index/customerRanking")
    public ApiResponse<List<RankingView>> ranking(@Valid @RequestBody RankingRequest r) {
        return ApiResponse.ok(index.ranking(SessionContext.require(), r));
    }

    @PostMapping("/mt/sales/index/salesPerfStatistics")
    public ApiResponse<List<PerfStatisticsView>> perf(@Valid @RequestBody PerfStatisticsRequest r) {
        return ApiResponse.ok(index.perfStatistics(SessionContext.require(), r));
    }

    @PostMapping("/mt/sales/index/customerCallStatistics")
    public ApiResponse<List<CallStatisticsView>> calls(@Valid @RequestBody RankingRequest r) {
        return ApiResponse.ok(index.callStatistics(SessionContext.require(), r));
    }
}
