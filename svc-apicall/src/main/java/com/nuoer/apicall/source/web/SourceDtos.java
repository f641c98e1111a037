package com.nuoer.apicall.source.web;

import com.nuoer.apicall.source.SourceService;
import com.nuoer.apicall.source.UpstreamSpec;
import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Requests of the data source and upstream configuration endpoints (seed names; crm 3.10.14-21, sales 4.1.12). */
public final class SourceDtos {

    static final String CODE_PATTERN = "[A-Za-z0-9_]{2,64}";

    private SourceDtos() {
    }

    /** Answer of the deletes: what was deleted. */
    public record Deleted(Long id, String code) {
    }

    /** 3.10.14 datasource/list. */
    public record DataSourceListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                        @Size(max = 64) String keyword,
                                        @Size(max = 500) List<Long> dataSourceIdList) implements PageParams {
    }

    /** 3.10.15 datasource/save, 3.10.16 syncSave: createDate/updateDate of the seed body are ignored. */
    public record DataSourceSaveRequest(
            Boolean syncOtherEnv,
            Long id,
            @Size(max = 128) String dataSourceName,
            @Pattern(regexp = CODE_PATTERN, message = "数据源编号只能包含字母、数字和下划线，2-64位") String dataSourceCode) {
    }

    /** 3.10.18 / 4.1.12 upstream/list. */
    public record UpstreamListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @Pattern(regexp = CODE_PATTERN, message = "产品编码格式错误") String checkItem,
                                      Long dataSourceId,
                                      @Size(max = 500) List<Long> excludeSourceIdList) implements PageParams {
    }

    /** 3.10.19 upstream/save, 3.10.20 syncSave (note the seed's spelling {@code datasourceCode}). */
    public record UpstreamSaveRequest(
            Boolean syncOtherEnv,
            Long id,
            @Min(0) @Max(10000) Integer priority,
            Long dataSourceId,
            @Pattern(regexp = CODE_PATTERN, message = "数据源编号格式错误") String datasourceCode,
            @NotBlank @Size(max = 128) String service,
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = "产品编码格式错误") String checkItem,
            @Size(max = 512) String reqKey,
            @Size(max = 512) String reqSecret,
            @Size(max = 512) @Pattern(regexp = "^(https?|sandbox)://\\S+$", message = "请求地址必须是 http(s):// 或 sandbox:// 地址") String reqUrl,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal cost,
            @Size(max = 1000) String costDetail,
            @Size(max = 2000) String extra,
            @Size(max = 64) String scene) {

        public SourceService.UpstreamCommand command() {
            return new SourceService.UpstreamCommand(id, checkItem, dataSourceId, datasourceCode, scene,
                    new UpstreamSpec(priority, service, reqKey, reqSecret, reqUrl, cost, costDetail, extra));
        }
    }
}
