package com.nuoer.apicall.record.web;

import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.record.RecordDtos.EditApiRecordRequest;
import com.nuoer.apicall.record.RecordDtos.RecordListRequest;
import com.nuoer.apicall.record.RecordDtos.RecordView;
import com.nuoer.apicall.record.RecordDtos.RetryRequest;
import com.nuoer.apicall.record.RecordDtos.RetryResult;
import com.nuoer.apicall.record.RecordDtos.TemplateSyncRequest;
import com.nuoer.apicall.record.RecordDtos.TemplateSyncResult;
import com.nuoer.apicall.record.RecordExport;
import com.nuoer.apicall.record.RecordOps;
import com.nuoer.apicall.record.RecordQueries;
import com.nuoer.apicall.record.RecordScope;
import com.nuoer.apicall.record.RecordService;
import com.nuoer.common.error.BizException;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The call-record endpoints of the three front-ends; only the scope differs (decided from the session). */
public final class RecordControllers {

    private RecordControllers() {
    }

    /** beeback /mt/beeback/apiData/**: the caller's own developer account only. */
    @RestController
    @RequestMapping("/mt/beeback/apiData")
    public static class BeebackApiDataController {

        private final RecordQueries queries;
        private final RecordExport export;

        public BeebackApiDataController(RecordQueries queries, RecordExport export) {
            this.queries = queries;
            this.export = export;
        }

        private static RecordScope scope() {
            SessionInfo s = SessionContext.require();
            return RecordScope.own(s.deptId());
        }

        /** 2.2.1 调用记录 */
        @PostMapping("/recordList")
        public ApiResponse<PageResult<RecordView>> list(@Valid @RequestBody RecordListRequest request) {
            return ApiResponse.ok(queries.list(request, scope(), false));
        }

        /** 2.2.2 导出调用记录 (.xlsx stream) */
        @PostMapping("/recordExport")
        public void export(@Valid @RequestBody RecordListRequest request, HttpServletResponse response) throws IOException {
            export.export(request, scope(), response);
        }

        /** 2.2.3 调用明细 */
        @GetMapping("/recordDetail/{seqNo}")
        public ApiResponse<RecordView> detail(@PathVariable String seqNo) {
            return ApiResponse.ok(queries.detail(seqNo, scope()).orElseThrow(() -> BizException.notFound("调用记录")));
        }
    }

    /** crm /mt/crm/api/** (records part; cache endpoints: CrmCacheController). */
    @RestController
    @RequestMapping("/mt/crm/api")
    @RequiresMenu(MenuCodes.CRM_API_RECORD)
    public static class CrmApiRecordController {

        private final RecordQueries queries;
        private final RecordExport export;
        private final RecordService service;
        private final RecordOps ops;

        public CrmApiRecordController(RecordQueries queries, RecordExport export, RecordService service, RecordOps ops) {
            this.queries = queries;
            this.export = export;
            this.service = service;
            this.ops = ops;
        }

        /** 3.13.1 health: plain "ok" when the service, its database and Redis answer. */
        @GetMapping(value = "/health", produces = MediaType.TEXT_PLAIN_VALUE)
        public ResponseEntity<String> health() {
            return ResponseEntity.ok(ops.health());
        }

        /** 3.13.2 补偿 (retryDexMock): re-publishes the usage of the given records' days. */
        @PostMapping("/retryDexMock")
        public ApiResponse<RetryResult> retry(@Valid @RequestBody RetryRequest request) {
            return ApiResponse.ok(ops.retry(request.seqNos()));
        }

        /** 3.13.3 同步历史大数据报告模板: a no-op-safe legacy hook (domain.md §6-32). */
        @PostMapping("/historyRsTemplateSync")
        public ApiResponse<TemplateSyncResult> templateSync(@Valid @RequestBody TemplateSyncRequest request) {
            return ApiResponse.ok(ops.templateSync(request.templateIds()));
        }

        /** 3.13.4 调用记录 */
        @PostMapping("/recordList")
        public ApiResponse<PageResult<RecordView>> list(@Valid @RequestBody RecordListRequest request) {
            return ApiResponse.ok(queries.list(request, RecordScope.all(), true));
        }

        /** 3.13.5 导出调用记录 */
        @PostMapping("/recordExport")
        public void export(@Valid @RequestBody RecordListRequest request, HttpServletResponse response) throws IOException {
            export.export(request, RecordScope.all(), response);
        }

        /** 3.13.6 调用明细 */
        @GetMapping("/recordDetail/{seqNo}")
        public ApiResponse<RecordView> detail(@PathVariable String seqNo) {
            return ApiResponse.ok(queries.detail(seqNo, RecordScope.all()).orElseThrow(() -> BizException.notFound("调用记录")));
        }

        /** 3.13.9 编辑apiRecord: answers the corrected record. */
        @PostMapping("/editApiRecord")
        public ApiResponse<RecordView> edit(@Valid @RequestBody EditApiRecordRequest request) {
            return ApiResponse.ok(service.edit(request));
        }
    }

    /** sales /mt/sales/bee/recordList: the records of the salesman's customers (all for an app manager). */
    @RestController
    @RequestMapping("/mt/sales/bee")
    public static class SalesRecordController {

        private final RecordQueries queries;
        private final ProjectionStore projections;

        public SalesRecordController(RecordQueries queries, ProjectionStore projections) {
            this.queries = queries;
            this.projections = projections;
        }

        /** 4.1.13 调用记录 */
        @PostMapping("/recordList")
        public ApiResponse<PageResult<RecordView>> list(@Valid @RequestBody RecordListRequest request) {
            SessionInfo s = SessionContext.require();
            RecordScope scope = Boolean.TRUE.equals(s.isAppManage()) ? RecordScope.all()
                    : RecordScope.of(s.salesmanId() == null ? List.of() : projections.deptIdsOfAssistant(s.salesmanId()));
            return ApiResponse.ok(queries.list(request, scope, true));
        }
    }
}
