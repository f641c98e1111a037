package com.nuoer.apicall.catalog.web;

import com.nuoer.apicall.catalog.CatalogQueries;
import com.nuoer.apicall.catalog.web.CheckItemDtos.CheckItemView;
import com.nuoer.apicall.catalog.web.CheckItemDtos.ListRequest;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /mt/sales/bee/checkItem/{list, export}: every salesman may read the whole catalogue (products are reference data
 * and hold no secrets; upstream credentials are a separate, masked list).
 */
@RestController
@RequestMapping("/mt/sales/bee/checkItem")
public class SalesCheckItemController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CatalogQueries queries;
    private final Clock clock;

    public SalesCheckItemController(CatalogQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** 4.1.1 产品列表 */
    @PostMapping("/list")
    public ApiResponse<PageResult<CheckItemView>> list(@Valid @RequestBody ListRequest request) {
        return ApiResponse.ok(queries.list(request.filter(), request.slice()).map(CheckItemView::of));
    }

    /**
     * 4.1.2 产品导出: the list's filters, every matching row (paging ignored, at most 5 000 rows), as an .xlsx
     * attachment. The query runs before anything is written, so a refusal is still the JSON envelope.
     */
    @PostMapping("/export")
    public ResponseEntity<byte[]> export(@Valid @RequestBody ListRequest request) {
        PageResult<CheckItemView> rows = queries.list(request.filter(), PageSlice.of(null, null, true, false))
                .map(CheckItemView::of);
        byte[] file = CheckItemExport.write(rows.results());
        String name = "产品列表_" + LocalDate.now(clock) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(file);
    }
}
