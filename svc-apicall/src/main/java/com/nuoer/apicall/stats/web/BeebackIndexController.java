package com.nuoer.apicall.stats.web;

import com.nuoer.apicall.stats.StatsRange;
import com.nuoer.apicall.stats.StatsService;
import com.nuoer.apicall.stats.web.StatsDtos.ApiStatisticsRequest;
import com.nuoer.apicall.stats.web.StatsDtos.ApiStatisticsView;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/beeback/index/apiStatistics (seed 2.7.2): the calls of the customer's own developer account. */
@RestController
@RequestMapping("/mt/beeback/index")
public class BeebackIndexController {

    private final StatsService stats;

    public BeebackIndexController(StatsService stats) {
        this.stats = stats;
    }

    /** 2.7.2 调用统计 */
    @PostMapping("/apiStatistics")
    public ApiResponse<ApiStatisticsView> apiStatistics(@Valid @RequestBody ApiStatisticsRequest request) {
        SessionInfo session = SessionContext.require();
        StatsRange range = StatsRange.parse(request.unit(), request.startDate(), request.endDate());
        List<Long> own = session.deptId() == null ? List.of() : List.of(session.deptId());
        return ApiResponse.ok(stats.apiStatistics(range, new StatsService.Scope(own, null, request.keyword())));
    }
}
