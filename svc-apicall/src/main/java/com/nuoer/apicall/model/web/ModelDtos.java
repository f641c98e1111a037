package com.nuoer.apicall.model.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nuoer.common.paging.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Requests and answers of /mt/crm/model/** with the seed's names (extra answer fields are ours, marked). */
public final class ModelDtos {

    private ModelDtos() {
    }

    /** 3.12.1 answer; {@code previewRows} (first rows) and {@code count} (data rows) are ours. */
    public record ParseMatchView(String fileName, String fileUrl, Map<String, String> matchColumns,
                                 List<String> headers, List<List<String>> previewRows, Integer count) {
    }

    /** 3.12.2 执行匹配 */
    public record ExecuteMatchRequest(
            @NotBlank(message = "文件名不能为空") @Size(max = 255) String fileName,
            @NotBlank(message = "文件链接不能为空") @Size(max = 2000) String fileUrl,
            Map<@NotBlank String, @NotBlank String> matchColumns,
            @NotBlank(message = "匹配模型不能为空") @Size(max = 64) String modelCode,
            @Size(max = 200, message = "版本最多200字") String note,
            @Size(max = 100, message = "匹配客户最多100个") List<@NotNull @Positive Long> deptIdList,
            @Size(max = 32) String appcode) {
    }

    public record ExecuteMatchView(@JsonProperty("isAsync") Boolean isAsync, String resultUrl, Long id) {
    }

    /** 3.12.3 匹配记录 */
    public record MatchRecordsRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @Size(max = 64) String modelCode, LocalDateTime createDateGte,
                                      LocalDateTime createDateLte) implements PageParams {
    }

    /** A match record; {@code sampleCount}/{@code processedCount} (progress) are ours. */
    public record MatchRecordView(Long id, LocalDateTime createDate, LocalDateTime updateDate, String modelCode,
                                  String modelName, String note, List<String> deptNameList, String fileName,
                                  String fileUrl, Integer state, String resultUrl, Integer matchCount,
                                  LocalDateTime finishTime, Integer sampleCount, Integer processedCount) {
    }

    /** 3.12.4 answer */
    public record ParseBackView(String backName, String fileUrl, Map<String, String> fixColumns,
                                List<String> resultColumns, List<String> allColumns, Integer count,
                                @JsonProperty("isRepeat") Boolean isRepeat) {
    }

    /** 3.12.5 上传回溯样本结果 */
    public record UploadBackRequest(
            @NotBlank(message = "样本名称不能为空") @Size(max = 200, message = "样本名称最多200字") String backName,
            @NotBlank(message = "文件链接不能为空") @Size(max = 2000) String fileUrl,
            Map<@NotBlank String, @NotBlank String> fixColumns,
            @NotEmpty(message = "请选择结果列") @Size(max = 200) List<@Valid @NotNull ResultColumnRequest> resultColumns,
            Boolean isCover,
            @Size(max = 32) String appcode) {
    }

    public record ResultColumnRequest(@NotBlank(message = "结果列名不能为空") @Size(max = 200) String columnName,
                                      @NotBlank(message = "模型编码不能为空") @Size(max = 64) String modelCode,
                                      @Size(max = 200) String note) {
    }

    /** 3.12.6 回溯批次列表 */
    public record BatchListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                   @Size(max = 100) String backNameLike, LocalDateTime createDateGte,
                                   LocalDateTime createDateLte) implements PageParams {
    }

    /** A back-testing sample; {@code count} (rows) is ours. */
    public record BatchView(Long id, LocalDateTime createDate, LocalDateTime updateDate, String backName,
                            String models, Integer batchCount, String fileUrl, Integer count) {
    }
}
