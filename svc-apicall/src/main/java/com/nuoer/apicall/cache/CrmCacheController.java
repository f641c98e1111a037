package com.nuoer.apicall.cache;

import com.nuoer.apicall.record.RecordDtos.AddCacheRequest;
import com.nuoer.apicall.record.RecordDtos.CacheDeleted;
import com.nuoer.apicall.record.RecordDtos.CacheKeyRequest;
import com.nuoer.apicall.record.RecordDtos.CacheListRequest;
import com.nuoer.apicall.record.RecordDtos.CacheView;
import com.nuoer.apicall.record.RecordDtos.EditCacheRequest;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/api/{cacheList, cacheDetail, addCache, editCache, deleteCache}. */
@RestController
@RequestMapping("/mt/crm/api")
@RequiresMenu(MenuCodes.CRM_API_RECORD)
public class CrmCacheController {

    private final CacheService service;

    public CrmCacheController(CacheService service) {
        this.service = service;
    }

    /** 3.13.7 缓存列表 */
    @PostMapping("/cacheList")
    public ApiResponse<List<CacheView>> list(@Valid @RequestBody CacheListRequest request) {
        return ApiResponse.ok(service.list(request));
    }

    /** 3.13.8 缓存详情 */
    @PostMapping("/cacheDetail")
    public ApiResponse<CacheView> detail(@Valid @RequestBody CacheKeyRequest request) {
        return ApiResponse.ok(service.detail(request.cacheKey()));
    }

    /** 3.13.10 删除缓存 (idempotent: {@code deleted=false} when the key was already gone) */
    @PostMapping("/deleteCache")
    public ApiResponse<CacheDeleted> delete(@Valid @RequestBody CacheKeyRequest request) {
        return ApiResponse.ok(new CacheDeleted(request.cacheKey(), service.delete(request.cacheKey())));
    }

    /** 3.13.11 新增缓存: answers the entry. */
    @PostMapping("/addCache")
    public ApiResponse<CacheView> add(@Valid @RequestBody AddCacheRequest request) {
        return ApiResponse.ok(service.add(request));
    }

    /** 3.13.12 编辑缓存 */
    @PostMapping("/editCache")
    public ApiResponse<CacheView> edit(@Valid @RequestBody EditCacheRequest request) {
        return ApiResponse.ok(service.edit(request));
    }
}
