package com.nuoer.apicall.stats.web;

import com.nuoer.apicall.stats.StatsRange;
import com.nuoer.apicall.stats.StatsService;
import com.nuoer.apicall.stats.web.StatsDtos.ApiCallStatisticsRequest;
import com.nuoer.apicall.stats.web.StatsDtos.CoreStatisticsRequest;
import com.nuoer.apicall.stats.web.StatsDtos.CoreStatisticsView;
import com.nuoer.apicall.stats.web.StatsDtos.CustomerCallStatisticsRequest;
import com.nuoer.apicall.stats.web.StatsDtos.DateStat;
import com.nuoer.apicall.stats.web.StatsDtos.ItemCount;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/index/bee/{coreStatistics,apiCallStatistics,customerCallStatistics} (seed 3.6.1, 3.6.2, 3.6.4). */
@RestController
@RequestMapping("/mt/crm/index/bee")
@RequiresMenu(MenuCodes.CRM_INDEX)
public class CrmIndexBeeController {

    private final StatsService stats;

    public CrmIndexBeeController(StatsService stats) {
        this.stats = stats;
    }

    /** 3.6.1 核心指标统计 */
    @PostMapping("/coreStatistics")
    public ApiResponse<CoreStatisticsView> coreStatistics(@Valid @RequestBody CoreStatisticsRequest request) {
        SessionContext.require();
        return ApiResponse.ok(stats.core(request.dateType()));
    }

    /** 3.6.2 产品调用趋势 */
    @PostMapping("/apiCallStatistics")
    public ApiResponse<List<DateStat>> apiCallStatistics(@Valid @RequestBody ApiCallStatisticsRequest request) {
        SessionContext.require();
        StatsRange range = StatsRange.parse(request.unit(), request.startDate(), request.endDate());
        List<Long> depts = request.deptIdList() == null || request.deptIdList().isEmpty() ? null : request.deptIdList();
        return ApiResponse.ok(stats.trend(range, new StatsService.Scope(depts, request.checkItemList(), null)));
    }

    /** 3.6.4 客户调用统计 */
    @PostMapping("/customerCallStatistics")
    public ApiResponse<List<ItemCount>> customerCallStatistics(
            @Valid @RequestBody CustomerCallStatisticsRequest request) {
        SessionContext.require();
        return ApiResponse.ok(stats.customerCalls(request.dateType(), request.deptId()));
    }
}
