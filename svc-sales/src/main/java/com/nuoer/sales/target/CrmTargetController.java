package com.nuoer.sales.target;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.target.TargetDtos.KpiListRequest;
import com.nuoer.sales.target.TargetDtos.KpiView;
import com.nuoer.sales.target.TargetDtos.SaveKpiRequest;
import com.nuoer.sales.target.TargetDtos.SaveTargetRequest;
import com.nuoer.sales.target.TargetDtos.TargetChangeView;
import com.nuoer.sales.target.TargetDtos.TargetListRequest;
import com.nuoer.sales.target.TargetDtos.TargetView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm targets and KPIs: 3.5.8–3.5.10, 3.5.16–3.5.18. */
@RestController
@RequestMapping("/mt/crm/sales")
@RequiresMenu(MenuCodes.CRM_SALES)
public class CrmTargetController {

    private final TargetService targets;

    public CrmTargetController(TargetService targets) {
        this.targets = targets;
    }

    @PostMapping("/target/list")
    public ApiResponse<List<TargetView>> list(@Valid @RequestBody(required = false) TargetListRequest request) {
        return ApiResponse.ok(targets.targets(request));
    }

    @GetMapping("/target/changeList/{salesmanId}")
    public ApiResponse<List<TargetChangeView>> changes(@PathVariable long salesmanId) {
        return ApiResponse.ok(targets.changes(salesmanId));
    }

    @PostMapping("/target/save")
    public ApiResponse<Void> save(@Valid @RequestBody SaveTargetRequest request) {
        targets.saveTarget(request, SessionContext.require().userId());
        return ApiResponse.ok();
    }

    @PostMapping("/salesman/kpi/list")
    public ApiResponse<PageResult<KpiView>> kpis(@Valid @RequestBody KpiListRequest request) {
        return ApiResponse.ok(targets.kpis(request));
    }

    @PostMapping("/salesman/kpi/save")
    public ApiResponse<Void> saveKpi(@Valid @RequestBody SaveKpiRequest request) {
        targets.saveKpi(request, SessionContext.require().userId());
        return ApiResponse.ok();
    }

    @PostMapping("/salesman/kpi/reset")
    public ApiResponse<Void> resetKpi(@Valid @RequestBody SaveKpiRequest request) {
        targets.resetKpi(request.salesmanId(), SessionContext.require().userId());
        return ApiResponse.ok();
    }
}
