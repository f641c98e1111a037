package com.nuoer.apicall.source.web;

import com.nuoer.apicall.catalog.web.CheckItemDtos.IdRequest;
import com.nuoer.apicall.source.SourceQueries;
import com.nuoer.apicall.source.SourceQueries.UpstreamRow;
import com.nuoer.apicall.source.SourceService;
import com.nuoer.apicall.source.web.SourceDtos.UpstreamListRequest;
import com.nuoer.apicall.source.web.SourceDtos.UpstreamSaveRequest;
import com.nuoer.apicall.sync.PeerSync;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /mt/crm/checkItem/upstream/{list, save, delete} (syncSave: {@code CatalogSyncController}). Credentials are
 * write-only: lists and answers show them masked; sending a masked value back keeps the stored one.
 */
@RestController
@RequestMapping("/mt/crm/checkItem/upstream")
@RequiresMenu(MenuCodes.CRM_CHECK_ITEM)
public class CrmUpstreamController {

    private final SourceService sources;
    private final SourceQueries queries;

    public CrmUpstreamController(SourceService sources, SourceQueries queries) {
        this.sources = sources;
        this.queries = queries;
    }

    /** 3.10.18 上游配置列表 */
    @PostMapping("/list")
    public ApiResponse<PageResult<UpstreamRow>> list(@Valid @RequestBody UpstreamListRequest request) {
        return ApiResponse.ok(queries.upstreams(request.checkItem(), request.dataSourceId(),
                request.excludeSourceIdList(), request.slice()));
    }

    /** 3.10.19 保存上游配置: answers the saved configuration (masked). */
    @PostMapping("/save")
    public ApiResponse<UpstreamRow> save(@Valid @RequestBody UpstreamSaveRequest request) {
        var saved = sources.saveUpstream(request.command());
        PeerSync.requested(request.syncOtherEnv(), "upstream save", saved.getCheckItem());
        return ApiResponse.ok(queries.upstream(saved.getId()));
    }

    /** 3.10.21 删除上游配置 (soft, idempotent): answers the deleted id and its product code. */
    @PostMapping("/delete")
    public ApiResponse<SourceDtos.Deleted> delete(@Valid @RequestBody IdRequest request) {
        var deleted = sources.deleteUpstream(request.id());
        return ApiResponse.ok(new SourceDtos.Deleted(deleted.getId(), deleted.getCheckItem()));
    }
}
