package com.nuoer.billing.reconciliation.web;

import com.nuoer.billing.reconciliation.ReconciliationModel.RunView;
import com.nuoer.billing.reconciliation.ReconciliationRuns;
import com.nuoer.billing.reconciliation.ReconciliationService;
import com.nuoer.common.error.BizException;
import com.nuoer.common.paging.PageParams;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops endpoints of the platform reconciliation (outside the seed API document; menu {@code crm:reconciliation}):
 * {@code POST /run} runs it now and answers the run, {@code POST /list} pages the runs (newest first),
 * {@code GET /{runId}} answers one run with its checks, differences and in-flight items.
 */
@RestController
@RequestMapping("/mt/crm/reconciliation")
@RequiresMenu(MenuCodes.CRM_RECONCILIATION)
public class CrmReconciliationController {

    public record RunQuery(@Min(1) Integer pageNo, @Min(1) @Max(500) Integer pageSize, Boolean nonPage,
                           Boolean largePage,
                           @Pattern(regexp = "running|clean|differences|failed", message = "state 不合法") String state)
            implements PageParams {
    }

    private final ReconciliationService service;
    private final ReconciliationRuns runs;

    public CrmReconciliationController(ReconciliationService service, ReconciliationRuns runs) {
        this.service = service;
        this.runs = runs;
    }

    @PostMapping("/run")
    public ApiResponse<RunView> run() {
        Long userId = SessionContext.current().map(s -> s.userId()).orElse(null);
        return ApiResponse.ok(service.run("manual", userId));
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<RunView>> list(@Valid @RequestBody(required = false) RunQuery q) {
        RunQuery query = q == null ? new RunQuery(null, null, null, null, null) : q;
        return ApiResponse.ok(runs.page(query.slice(), query.state()));
    }

    @GetMapping("/{runId}")
    public ApiResponse<RunView> one(@PathVariable String runId) {
        long id;
        try {
            id = Long.parseLong(runId);
        } catch (NumberFormatException e) {
            throw BizException.notFound("对账记录");
        }
        return ApiResponse.ok(runs.find(id).orElseThrow(() -> BizException.notFound("对账记录")));
    }
}
