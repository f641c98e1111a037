package com.nuoer.portal.doc.web;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.portal.doc.ApiDocService;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocDetail;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocItem;
import com.nuoer.portal.doc.web.ApiDocDtos.CategoryView;
import com.nuoer.portal.doc.web.ApiDocDtos.CollectResult;
import com.nuoer.portal.doc.web.ApiDocDtos.DealCollectRequest;
import com.nuoer.portal.doc.web.ApiDocDtos.QueryDetailRequest;
import com.nuoer.portal.doc.web.ApiDocDtos.QueryListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 门户 · API文档 (seed 1.1): public documentation site; a session (optional) adds favourites and opened products. */
@Tag(name = "门户-API文档", description = "API文档站：分类、文档列表、文档详情、收藏")
@RestController
@RequestMapping("/mt/portal/apiDoc")
public class PortalApiDocController {

    private final ApiDocService service;

    public PortalApiDocController(ApiDocService service) {
        this.service = service;
    }

    @Operation(summary = "分类列表", description = "分类列表(seed 1.1.1)；hasDeptItem=true 且已登录开发者时标出已开通产品的分类")
    @GetMapping("/categoryList")
    public ApiResponse<List<CategoryView>> categoryList(
            @Parameter(description = "是否计算已开通产品") @RequestParam(required = false) Boolean hasDeptItem) {
        return ApiResponse.ok(service.categoryList(Boolean.TRUE.equals(hasDeptItem)));
    }

    @Operation(summary = "文档列表", description = "文档列表(seed 1.1.2)；关键字匹配产品名与产品编码")
    @PostMapping("/queryList")
    public ApiResponse<List<ApiDocItem>> queryList(@Valid @RequestBody QueryListRequest request) {
        return ApiResponse.ok(service.queryList(request.categoryCode(), request.keyword()));
    }

    @Operation(summary = "文档详情", description = "文档详情(seed 1.1.3)：参数、响应、字段、错误码说明，示例，标签，是否已收藏")
    @PostMapping("/queryDetail")
    public ApiResponse<ApiDocDetail> queryDetail(@Valid @RequestBody QueryDetailRequest request) {
        return ApiResponse.ok(service.queryDetail(request.id(), request.checkItem()));
    }

    @Operation(summary = "操作收藏", description = "操作收藏(seed 1.1.4)：前端无需关心是收藏还是取消收藏；需登录")
    @PostMapping("/dealCollect")
    public ApiResponse<CollectResult> dealCollect(@Valid @RequestBody DealCollectRequest request) {
        return ApiResponse.ok(service.dealCollect(request.checkItem()));
    }
}
