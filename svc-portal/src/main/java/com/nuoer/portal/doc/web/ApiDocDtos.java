package com.nuoer.portal.doc.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Requests and answers of {@code /mt/portal/apiDoc/**} with the seed's JSON names (seed 1.1.1–1.1.4). */
public final class ApiDocDtos {

    private ApiDocDtos() {
    }

    @Schema(description = "文档列表查询")
    public record QueryListRequest(
            @Schema(description = "分类编码") @Size(max = 64) String categoryCode,
            @Schema(description = "关键字,支持产品名、apiKey搜索") @Size(max = 64) String keyword) {
    }

    @Schema(description = "文档详情查询: id 与 checkItem 至少传一个")
    public record QueryDetailRequest(
            @Schema(description = "apiId") @Positive Long id,
            @Schema(description = "检测项编码") @Size(max = 64) String checkItem) {
    }

    @Schema(description = "操作收藏")
    public record DealCollectRequest(
            @Schema(description = "产品编码", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 64)
            String checkItem) {
    }

    @Schema(description = "操作收藏结果")
    public record CollectResult(
            @Schema(description = "产品编码") String checkItem,
            @Schema(description = "操作后是否已收藏") @JsonProperty("isCollected") boolean isCollected) {
    }

    @Schema(description = "分类")
    public record CategoryView(
            @Schema(description = "分类编码") String categoryCode,
            @Schema(description = "分类名称") String categoryName,
            @Schema(description = "该分类下是否有已开通的产品(登录开发者且 hasDeptItem=true 时计算)") boolean hasDeptItem,
            @Schema(description = "产品文档数") int docCount,
            @Schema(description = "下级分类") List<SubcategoryView> subcategoryList) {
    }

    @Schema(description = "下级分类")
    public record SubcategoryView(
            @Schema(description = "下级分类编码") String subcategoryCode,
            @Schema(description = "下级分类名称") String subcategoryName,
            @Schema(description = "是否有已开通的产品") boolean hasDeptItem,
            @Schema(description = "产品文档数") int docCount) {
    }

    @Schema(description = "文档列表项")
    public record ApiDocItem(
            @Schema(description = "主键") Long id,
            @Schema(description = "创建人id") Long createBy,
            @Schema(description = "创建时间") @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createTime,
            @Schema(description = "修改时间") @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime modifyTime,
            @Schema(description = "检测项编码") String checkItem,
            @Schema(description = "检测项名称") String checkItemName,
            @Schema(description = "分类编码") String categoryCode,
            @Schema(description = "产品名") String apiName,
            @Schema(description = "数据优势") String dataAdvantage,
            @Schema(description = "响应时间") String respTime,
            @Schema(description = "背景图") String backgroundImg,
            @Schema(description = "描述") String description) {
    }

    @Schema(description = "文档说明块 DocSchema")
    public record DocSchema(
            @Schema(description = "类型,table-表格,text-文本") String type,
            @Schema(description = "标题,可能为空,为空不显示") String title,
            @Schema(description = "列定义") List<DocSchemaColumn> columns,
            @Schema(description = "行数据,key 为 columnId; 占用 key: properties, schemaIconText, schemaId, schemaPath, taskMode, options")
            List<Map<String, Object>> rows) {
    }

    @Schema(description = "列定义")
    public record DocSchemaColumn(
            @Schema(description = "列id") String columnId,
            @Schema(description = "列标题") String columnTitle) {
    }

    @Schema(description = "文档详情")
    public record ApiDocDetail(
            @Schema(description = "apiId") Long id,
            @Schema(description = "检测项编码") String checkItem,
            @Schema(description = "检测项名称") String checkItemName,
            @Schema(description = "分类编码") String categoryCode,
            @Schema(description = "分类名称") String categoryName,
            @Schema(description = "下级分类编码") String subcategoryCode,
            @Schema(description = "下级分类名称") String subcategoryName,
            @Schema(description = "产品名") String apiName,
            @Schema(description = "接口地址") String apiPath,
            @Schema(description = "请求方式") String requestMethod,
            @Schema(description = "contentType") String contentType,
            @Schema(description = "请求参数描述") List<DocSchema> paramSchema,
            @Schema(description = "请求示例") String paramsExample,
            @Schema(description = "响应描述") List<DocSchema> respSchema,
            @Schema(description = "响应示例") String respExample,
            @Schema(description = "字段描述") Map<String, DocSchema> fieldSchema,
            @Schema(description = "错误码描述") List<DocSchema> errorCodeSchema,
            @Schema(description = "更新周期") String upgradePeriod,
            @Schema(description = "数据优势") String dataAdvantage,
            @Schema(description = "计费方式") String feeType,
            @Schema(description = "文档下载地址") String docUrl,
            @Schema(description = "响应时间") String respTime,
            @Schema(description = "背景图") String backgroundImg,
            @Schema(description = "描述") String description,
            @Schema(description = "标签") List<String> tags,
            @Schema(description = "是否已收藏") @JsonProperty("isCollected") boolean isCollected,
            @Schema(description = "批量任务模板") String taskTemplate) {
    }
}
