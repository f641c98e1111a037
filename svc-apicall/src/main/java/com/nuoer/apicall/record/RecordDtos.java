package com.nuoer.apicall.record;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Request and answer records of the call-record and cache endpoints (seed JSON names). */
public final class RecordDtos {

    private RecordDtos() {
    }

    static final String DATETIME = "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$";

    /**
     * recordList / recordExport filters (2.2.1, 3.13.4, 4.1.13). {@code lastSeqNo} (ours, optional) is the keyset
     * cursor of largePage: the next page starts after that record (no offset scan however deep).
     */
    public record RecordListRequest(
            Integer pageNo,
            @Max(500) Integer pageSize,
            Boolean nonPage,
            Boolean largePage,
            @Size(max = 64) String keyword,
            @Size(max = 64) String idCard,
            @Size(max = 500) List<Long> deptIdList,
            @Pattern(regexp = DATETIME, message = "格式应为yyyy-MM-dd HH:mm:ss") String createDateGte,
            @Pattern(regexp = DATETIME, message = "格式应为yyyy-MM-dd HH:mm:ss") String createDateLte,
            @Size(max = 100) List<String> itemCodeList,
            @Min(0) @Max(1) Integer isFee,
            @Min(0) @Max(1) Integer success,
            @Min(0) @Max(1) Integer cacheFlag,
            @Size(max = 40) String lastSeqNo) implements PageParams {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpstreamRecordView(Long id, String seqNo, String dataSourceCode, String dataSourceName,
                                     String thirdSeqNo, String reqParam, String response, String url, Integer time,
                                     String stack, String item, String extra, String outerName, Integer isFee,
                                     Integer outerType, String deptName, String appId, String tag,
                                     @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createDate) {
    }

    /** One call record; {@code upstreamRecordList} only where the seed shows it (crm, sales, detail, cache). */
    public record RecordView(Long id, String deptName, String checkItem, String checkItemName, String tag,
                             String tradeNo, String seqNo, String appId, Long deptId, String result, Integer isFee,
                             String isFeeDesc, BigDecimal fee, Integer success, String resultMsg, Integer resultCode,
                             Integer cacheFlag, String name, String idCard, String mobile, String sign,
                             String encryptionType, String phoneRegion, String finalSource, String time,
                             @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createDate, String requestIp,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<UpstreamRecordView> upstreamRecordList,
                             String extend, String orgCode) {

        RecordView withUpstreams(List<UpstreamRecordView> list) {
            return new RecordView(id, deptName, checkItem, checkItemName, tag, tradeNo, seqNo, appId, deptId, result,
                    isFee, isFeeDesc, fee, success, resultMsg, resultCode, cacheFlag, name, idCard, mobile, sign,
                    encryptionType, phoneRegion, finalSource, time, createDate, requestIp, list, extend, orgCode);
        }
    }

    /** 3.13.9 editApiRecord: the fields ops may correct (null = unchanged). */
    public record EditApiRecordRequest(
            @NotBlank @Size(max = 40) String seqNo,
            @Size(max = 20000) String result,
            @Min(0) @Max(1) Integer isFee,
            @DecimalMin("0") BigDecimal fee,
            @Min(0) @Max(1) Integer success,
            @Size(max = 500) String resultMsg,
            Integer resultCode,
            @Size(max = 64) String tag,
            @Size(max = 2000) String extend) {
    }

    /** 3.13.2 retryDexMock. */
    public record RetryRequest(Long userId, @NotEmpty @Size(max = 100) List<@NotBlank String> seqNos) {
    }

    public record RetryResult(int requested, int found, List<String> missing) {
    }

    /** 3.13.3 historyRsTemplateSync. */
    public record TemplateSyncRequest(Long userId, @NotEmpty @Size(max = 100) List<Long> templateIds) {
    }

    public record TemplateSyncResult(int requested, int synced) {
    }

    // ------------------------------------------------------------------ cache

    /** 3.13.7 cacheList. */
    public record CacheListRequest(@Size(max = 64) String checkItem, @Size(max = 128) String name,
                                   @Size(max = 128) String idCard, @Size(max = 128) String mobile,
                                   @Min(2) @Max(3) Integer encryptionType) {
    }

    public record CacheKeyRequest(@NotBlank @Size(max = 128) String cacheKey) {
    }

    /** 3.13.11 addCache. */
    public record AddCacheRequest(@NotBlank @Size(max = 64) String checkItem, @Size(max = 128) String name,
                                  @Size(max = 128) String idCard, @Size(max = 128) String mobile,
                                  @Size(max = 64) String scene,
                                  @jakarta.validation.constraints.NotNull @Min(1) @Max(31_536_000) Long expireSeconds,
                                  @jakarta.validation.constraints.NotNull @Min(2) @Max(3) Integer encryptionType,
                                  @Size(max = 100000) String cacheValue) {
    }

    /** 3.13.12 editCache. */
    public record EditCacheRequest(@NotBlank @Size(max = 128) String cacheKey,
                                   @Min(1) @Max(31_536_000) Long expireSeconds,
                                   @Size(max = 100000) String cacheValue) {
    }

    public record CacheView(String checkItem, String itemName, String cacheKey, String cacheValue,
                            RecordView cacheApiRecord, Long expireSeconds, String expireSecondsDesc) {
    }

    public record CacheDeleted(String cacheKey, boolean deleted) {
    }
}
