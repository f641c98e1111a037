package com.nuoer.portal.enums.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code base/enumList} (seed 3.9.1 / 4.8.1). */
public final class EnumDtos {

    private EnumDtos() {
    }

    @Schema(description = "枚举列表查询")
    public record EnumListRequest(
            @Schema(description = "枚举类名", requiredMode = Schema.RequiredMode.REQUIRED, example = "CheckItemState")
            @NotBlank @Size(max = 128) String className) {
    }

    @Schema(description = "枚举项")
    public record EnumItem(@Schema(description = "编码") String code, @Schema(description = "描述") String desc) {
    }
}
