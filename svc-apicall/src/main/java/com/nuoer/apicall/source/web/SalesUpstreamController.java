package com.nuoer.apicall.source.web;

import com.nuoer.apicall.source.SourceQueries;
import com.nuoer.apicall.source.SourceQueries.UpstreamRow;
import com.nuoer.apicall.source.web.SourceDtos.UpstreamListRequest;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** /mt/sales/bee/upstream/list: every salesman may read the upstream catalogue, with credentials always masked. */
@RestController
public class SalesUpstreamController {

    private final SourceQueries queries;

    public SalesUpstreamController(SourceQueries queries) {
        this.queries = queries;
    }

    /** 4.1.12 上游配置列表 */
    @PostMapping("/mt/sales/bee/upstream/list")
    public ApiResponse<PageResult<UpstreamRow>> list(@Valid @RequestBody UpstreamListRequest request) {
        return ApiResponse.ok(queries.upstreams(request.checkItem(), request.dataSourceId(),
                request.excludeSourceIdList(), request.slice()));
    }
}
