package com.nuoer.apicall.sync;

import com.nuoer.apicall.catalog.CatalogQueries;
import com.nuoer.apicall.catalog.CatalogService;
import com.nuoer.apicall.catalog.CheckItem;
import com.nuoer.apicall.catalog.web.CheckItemDtos.AddRequest;
import com.nuoer.apicall.catalog.web.CheckItemDtos.CheckItemView;
import com.nuoer.apicall.catalog.web.CheckItemDtos.EditRequest;
import com.nuoer.apicall.catalog.web.CheckItemDtos.SubItemsRequest;
import com.nuoer.apicall.source.SourceQueries;
import com.nuoer.apicall.source.SourceQueries.DataSourceRow;
import com.nuoer.apicall.source.SourceQueries.UpstreamRow;
import com.nuoer.apicall.source.SourceService;
import com.nuoer.apicall.source.web.SourceDtos.DataSourceSaveRequest;
import com.nuoer.apicall.source.web.SourceDtos.UpstreamSaveRequest;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The five {@code sync*} endpoints of the catalogue (domain.md §5.8, F16): the same body as their twins, upserted by
 * natural key, callable only by a peer environment ({@link PeerSync#requireService()}): on the seed path under /mt/crm
 * with the crm integration account (menu {@code crm:sync}), on the internal twin under /internal/apicall (not routed by
 * the gateway) with a service identity. Any other session gets 403.
 */
@RestController
public class CatalogSyncController {

    private final CatalogService catalog;
    private final CatalogQueries catalogQueries;
    private final SourceService sources;
    private final SourceQueries sourceQueries;
    private final Validator validator;

    public CatalogSyncController(CatalogService catalog, CatalogQueries catalogQueries, SourceService sources,
                                 SourceQueries sourceQueries, Validator validator) {
        this.validator = validator;
        this.catalog = catalog;
        this.catalogQueries = catalogQueries;
        this.sources = sources;
        this.sourceQueries = sourceQueries;
    }

    /** 3.10.4 新增产品(其他环境同步): upsert by checkItem; answers the code. */
    @PostMapping({"/mt/crm/checkItem/syncAdd", "/internal/apicall/checkItem/syncAdd"})
    public ApiResponse<String> syncAdd(@RequestBody AddRequest request) {
        PeerSync.requireServiceThenValidate(validator, request);
        return ApiResponse.ok(catalog.syncAdd(request.checkItem().trim(), request.spec()).getCode());
    }

    /** 3.10.6 同步编辑产品: upsert by itemCode (by id only when no itemCode is given). */
    @PostMapping({"/mt/crm/checkItem/syncEdit", "/internal/apicall/checkItem/syncEdit"})
    public ApiResponse<CheckItemView> syncEdit(@RequestBody EditRequest request) {
        PeerSync.requireServiceThenValidate(validator, request);
        CheckItem item = catalog.syncEdit(request.id(), request.itemCode(), request.spec());
        return ApiResponse.ok(CheckItemView.of(catalogQueries.one(item.getCode())));
    }

    /** 3.10.8 同步保存默认子项 */
    @PostMapping({"/mt/crm/checkItem/syncSaveDefaultSubItems", "/internal/apicall/checkItem/syncSaveDefaultSubItems"})
    public ApiResponse<CheckItemView> syncSaveDefaultSubItems(@RequestBody SubItemsRequest request) {
        PeerSync.requireServiceThenValidate(validator, request);
        CheckItem item = catalog.saveDefaultSubItems(request.checkItem().trim(), request.subItems());
        return ApiResponse.ok(CheckItemView.of(catalogQueries.one(item.getCode())));
    }

    /** 3.10.16 同步保存数据源: upsert by dataSourceCode. */
    @PostMapping({"/mt/crm/checkItem/datasource/syncSave", "/internal/apicall/checkItem/datasource/syncSave"})
    public ApiResponse<DataSourceRow> syncSaveDataSource(@RequestBody DataSourceSaveRequest request) {
        PeerSync.requireServiceThenValidate(validator, request);
        var saved = sources.syncSaveDataSource(request.dataSourceCode(), request.dataSourceName());
        return ApiResponse.ok(sourceQueries.dataSource(saved.getId()));
    }

    /** 3.10.20 同步保存上游配置: upsert by (checkItem, data source, scene). */
    @PostMapping({"/mt/crm/checkItem/upstream/syncSave", "/internal/apicall/checkItem/upstream/syncSave"})
    public ApiResponse<UpstreamRow> syncSaveUpstream(@RequestBody UpstreamSaveRequest request) {
        PeerSync.requireServiceThenValidate(validator, request);
        var saved = sources.syncSaveUpstream(request.command());
        return ApiResponse.ok(sourceQueries.upstream(saved.getId()));
    }
}
