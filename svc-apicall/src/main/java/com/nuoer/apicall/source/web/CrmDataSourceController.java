package com.nuoer.apicall.source.web;

import com.nuoer.apicall.catalog.web.CheckItemDtos.IdRequest;
import com.nuoer.apicall.source.SourceQueries;
import com.nuoer.apicall.source.SourceQueries.DataSourceRow;
import com.nuoer.apicall.source.SourceService;
import com.nuoer.apicall.source.web.SourceDtos.DataSourceListRequest;
import com.nuoer.apicall.source.web.SourceDtos.DataSourceSaveRequest;
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

/** /mt/crm/checkItem/datasource/{list, save, delete} (syncSave: {@code CatalogSyncController}). */
@RestController
@RequestMapping("/mt/crm/checkItem/datasource")
@RequiresMenu(MenuCodes.CRM_CHECK_ITEM)
public class CrmDataSourceController {

    private final SourceService sources;
    private final SourceQueries queries;

    public CrmDataSourceController(SourceService sources, SourceQueries queries) {
        this.sources = sources;
        this.queries = queries;
    }

    /** 3.10.14 数据源列表 */
    @PostMapping("/list")
    public ApiResponse<PageResult<DataSourceRow>> list(@Valid @RequestBody DataSourceListRequest request) {
        return ApiResponse.ok(queries.dataSources(request.keyword(), request.dataSourceIdList(), request.slice()));
    }

    /** 3.10.15 保存数据源: answers the saved data source. */
    @PostMapping("/save")
    public ApiResponse<DataSourceRow> save(@Valid @RequestBody DataSourceSaveRequest request) {
        var saved = sources.saveDataSource(request.id(), request.dataSourceCode(), request.dataSourceName());
        PeerSync.requested(request.syncOtherEnv(), "datasource save", saved.getDataSourceCode());
        return ApiResponse.ok(queries.dataSource(saved.getId()));
    }

    /** 3.10.17 删除数据源 (soft, idempotent): answers the deleted id and code. */
    @PostMapping("/delete")
    public ApiResponse<SourceDtos.Deleted> delete(@Valid @RequestBody IdRequest request) {
        var deleted = sources.deleteDataSource(request.id());
        return ApiResponse.ok(new SourceDtos.Deleted(deleted.getId(), deleted.getDataSourceCode()));
    }
}
