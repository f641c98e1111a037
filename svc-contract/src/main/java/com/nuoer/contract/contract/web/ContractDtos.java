package com.nuoer.contract.contract.web;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Request and answer records of the contract endpoints, with the seed's JSON names (2.6.x, 3.11.x, 4.2.x). */
public final class ContractDtos {

    private ContractDtos() {
    }

    static final String FEE_TYPE_TEXT = "查得计费|查询计费";
    static final String ID_CARD = "^\\d{17}[\\dXx]$";
    static final String DATE_OR_DATETIME = "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?$";

    // ---- requests ----

    /** crm/sales 合同列表. */
    public record ContractListQuery(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                    @Size(max = 100) String keyword,
                                    @Size(max = 64) String templateCode,
                                    @Size(max = 500) List<@NotNull Long> deptIdList,
                                    @Size(max = 20) List<@NotNull Integer> stateList,
                                    @Size(max = 20) List<@NotNull Integer> excludeStateList,
                                    @Size(max = 500) List<@NotBlank String> contractNoList,
                                    LocalDateTime createDateGte, LocalDateTime createDateLte) implements PageParams {
    }

    /** beeback 合同列表 (the account comes from the session). */
    public record BeebackContractListQuery(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                           @Size(max = 100) String keyword,
                                           @Size(max = 20) List<@NotNull Integer> stateList,
                                           @Size(max = 20) List<@NotNull Integer> excludeStateList,
                                           LocalDateTime createDateGte, LocalDateTime createDateLte)
            implements PageParams {

        public ContractListQuery toQuery() {
            return new ContractListQuery(pageNo, pageSize, nonPage, largePage, keyword, null, null, stateList,
                    excludeStateList, null, createDateGte, createDateLte);
        }
    }

    /** 需签署合同客户列表. */
    public record NeedSignQuery(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                @Size(max = 100) String keyword) implements PageParams {
    }

    /** preData / unsignedDeptItemList / queryManualSeq. */
    public record DeptQuery(@NotNull Long deptId, Boolean forManualUpload,
                            @Size(max = 50) String dealName, @Mobile String dealMobile, @Email String dealEmail) {
    }

    public record FillDataParam(@NotNull Object key, Object value) {
    }

    public record DeptItemParam(@NotNull Long deptItemId,
                                @NotBlank @Size(max = 64) String checkItem,
                                @NotBlank @Size(max = 100) String itemName,
                                @NotBlank @Size(max = 64) String showFee,
                                @NotBlank @Pattern(regexp = FEE_TYPE_TEXT, message = "计费方式只能是查得计费或查询计费") String feeType,
                                @Size(max = 255) String remark) {
    }

    /** 预提交合同. */
    public record PreSubmitRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                   @NotNull Long deptId,
                                   @NotBlank @Size(max = 100) String contractName,
                                   @NotNull @Size(max = 50) List<@Valid @NotNull FillDataParam> fillDataList,
                                   @Size(max = 100) List<@Valid @NotNull DeptItemParam> deptItemList,
                                   @NotNull @Min(0) @Max(999) Integer seq) {
    }

    /** 提交合同. */
    public record SubmitRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                @NotNull Long deptId,
                                @NotBlank @Size(max = 32) String contractNo,
                                @Size(max = 50) String signerName,
                                @Pattern(regexp = ID_CARD, message = "身份证号格式错误") String signerIdCard,
                                @NotBlank @Mobile String mobile) {
    }

    /** resendSms / withdraw / delete / renewal. */
    public record ContractNoRequest(@NotBlank @Size(max = 32) String contractNo) {
    }

    /** beeback 发送签署短信. */
    public record BeebackResendRequest(@NotBlank @Size(max = 32) String contractNo, @Mobile String mobile) {
    }

    /** 手动上传合同. */
    public record ManualUploadRequest(@NotNull Long deptId,
                                      @NotBlank @Size(max = 64) String templateCode,
                                      @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "合同链接须为http(s)地址") String contractUrl,
                                      @Size(max = 100) List<@Valid @NotNull DeptItemParam> deptItemList,
                                      @NotNull @Min(0) @Max(999) Integer seq,
                                      LocalDateTime finishTime) {
    }

    /** 修改有效期截止日期. */
    public record EditExpireTimeRequest(@NotBlank @Size(max = 32) String contractNo,
                                        @NotBlank @Pattern(regexp = DATE_OR_DATETIME, message = "过期日期格式应为yyyy-MM-dd") String expireDate) {
    }

    // ---- answers ----

    /** A row of 合同列表. */
    public record ContractRow(Long id, LocalDateTime createDate, LocalDateTime updateDate, Long deptId,
                              String deptName, Long userId, String contractNo, String templateCode,
                              String contractName, Integer state, Integer deptItemCount, String signerMobile,
                              String contractUrl, Integer version, String versionName, LocalDateTime submitTime,
                              LocalDateTime signEndTime, LocalDateTime finishTime, LocalDateTime expireTime,
                              String rejectReason) {
    }

    /** A row of 需签署合同客户列表 (never the dept password, domain.md §6-9). */
    public record NeedSignRow(Long id, String deptName, String userName, String mobile, String password,
                              Integer proxyerId, String proxyer, String appId, BigDecimal checkFee,
                              LocalDateTime trialEndDate, Integer status, Integer overdraftType,
                              String proxyerMobile, Long userId, LocalDateTime createDate, String emails,
                              Integer contractState, String whiteIpList, Integer deptItemCount,
                              LocalDateTime lastAuditTime, String templateCode, String templateName, Integer seq,
                              Integer authState, Long authRecordId) {
    }

    public record DeptItemLine(Long deptItemId, String checkItem, String itemName, String showFee, String feeType,
                               String remark) {
    }

    public record FillField(String key, String name, String value, Boolean must, Boolean fixed) {
    }

    public record PreDataView(String contractName, String templateCode, String templateName,
                              List<FillField> fillData, List<DeptItemLine> deptItemList, Integer seq) {
    }

    public record PreSubmitView(String contractNo, String contractName, String previewUrl, String mobile) {
    }

    public record SubmitView(String contractNo, String contractName, String signUrl) {
    }

    public record SignInfoView(Long deptId, String contractNo, String templateCode, String mobile, String signUrl,
                               String signQrCode) {
    }
}
