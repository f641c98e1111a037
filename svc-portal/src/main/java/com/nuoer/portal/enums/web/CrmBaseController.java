package com.nuoer.portal.enums.web;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.portal.enums.EnumRegistry;
import com.nuoer.portal.enums.web.EnumDtos.EnumItem;
import com.nuoer.portal.enums.web.EnumDtos.EnumListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * crm 基础数据 (seed 3.9.1). No @RequiresMenu on purpose: every crm user may read the enum labels; the gateway
 * already requires a crm session on {@code /mt/crm/**}.
 */
@Tag(name = "crm-基础数据", description = "枚举列表")
@RestController
@RequestMapping("/mt/crm/base")
public class CrmBaseController {

    private final EnumRegistry registry;

    public CrmBaseController(EnumRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "枚举列表", description = "枚举列表(seed 3.9.1)：按枚举类名返回 [{code, desc}]，未知类名 40411")
    @PostMapping("/enumList")
    public ApiResponse<List<EnumItem>> enumList(@Valid @RequestBody EnumListRequest request) {
        return ApiResponse.ok(EnumItems.of(registry.values(request.className())));
    }
}
