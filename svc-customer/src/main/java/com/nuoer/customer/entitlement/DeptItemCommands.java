package com.nuoer.customer.entitlement;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Month;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Request records of the entitlement endpoints, with the seed's JSON names and validation. */
public final class DeptItemCommands {

    private DeptItemCommands() {
    }

    /** 2.8.1 搜索产品 */
    public record SearchItemsRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                     @Size(max = 64) String keyword, Boolean queryCollected, Boolean applicable,
                                     String categoryCode, Long deptId, Long excludeDeptId, List<String> checkItemList,
                                     List<String> excludeCheckItemList, List<Long> deptIdList,
                                     List<Integer> deptItemStateList, Long compareDeptId, Boolean isFusion,
                                     Integer checkType, Integer state, Integer cacheFlag, Integer feeType)
            implements PageParams {
    }

    public record ApplyItem(@NotBlank(message = "产品编码不能为空") @Size(max = 64) String itemCode, String itemName) {
    }

    /** 2.8.2 申请产品 */
    public record ApplyRequest(@NotEmpty(message = "申请开通的产品不能为空") @Valid List<ApplyItem> checkItemList,
                               @Size(max = 250, message = "申请备注最多250字") String applyRemark) {
    }

    /** 2.8.3 / 3.7.25 / 3.7.27 / 4.1.4 the deptItem list filters. */
    public record DeptItemListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @Size(max = 64) String keyword, List<String> checkItemList,
                                      List<Integer> stateList, Boolean applicable, String categoryCode,
                                      Integer taskType, Long merchantId, List<Long> deptIdList, Long fusionDeptItemId,
                                      List<Long> idList, Boolean queryAdjusting, List<Integer> contractStateList,
                                      Boolean isFusion, Boolean crmQuery, Boolean querySpreader,
                                      @Month String matchSpreaderMonth, Long spreaderId) implements PageParams {
    }

    /** 4.1.3 sales list: deptIdList required. */
    public record SalesDeptItemListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                           @NotEmpty(message = "组织id不能为空") List<Long> deptIdList,
                                           @Size(max = 64) String keyword, List<String> checkItemList,
                                           List<Integer> stateList, Long fusionDeptItemId, List<Long> idList,
                                           Boolean queryAdjusting, Boolean isFusion) implements PageParams {
    }

    /** 3.10.11 客户产品列表 */
    public record CheckItemDeptItemListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                               List<Long> deptIdList, List<Integer> stateList,
                                               List<String> checkItemList, Boolean querySpreader)
            implements PageParams {
    }

    /** 3.7.26 / 4.1.11 查询调整记录 */
    public record AdjustListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                    @NotNull(message = "组织id不能为空") Long deptId, List<Long> deptItemIdList,
                                    List<Integer> stateList) implements PageParams {
    }

    public record RoyaltyInput(@NotNull(message = "推广员id不能为空") Long spreaderId,
                               @NotBlank(message = "提成计算方式不能为空")
                               @Pattern(regexp = "PRICE|RATE", message = "提成计算方式只能是 PRICE 或 RATE")
                               String royaltyType,
                               @DecimalMin(value = "0", message = "单笔提成金额不能小于0") BigDecimal royaltyPrice,
                               @DecimalMin(value = "0", message = "提成比例为0-1")
                               @DecimalMax(value = "1", message = "提成比例为0-1") BigDecimal royaltyRate,
                               @Month String effectMonth) {
    }

    /** One product of accredit (and the fields of edit/audit). */
    public record AccreditItem(Long deptId, @NotBlank(message = "产品编码不能为空") @Size(max = 64) String itemCode,
                               String itemName, @Min(10) @jakarta.validation.constraints.Max(20) Integer chargeType,
                               @Min(10) @jakarta.validation.constraints.Max(20) Integer feeType,
                               @Size(max = 1000) String feeDetail,
                               @DecimalMin(value = "0", message = "费用不能小于0") BigDecimal fee,
                               @Min(value = 0, message = "免费次数不能小于0") Integer freeCount,
                               @Size(max = 250, message = "申请备注最多250字") String applyRemark,
                               @Size(max = 64) String orgCode,
                               @DecimalMin(value = "0", message = "风险阈值不能小于0") BigDecimal riskThreshold,
                               @Size(max = 32) String usedVersion, Boolean isHidden,
                               @Valid List<RoyaltyInput> spreaderRoyalties) {

        public Terms terms() {
            return new Terms(chargeType, feeType, fee, feeDetail, freeCount, applyRemark, orgCode, riskThreshold,
                    usedVersion, isHidden);
        }
    }

    /** 3.7.28 / 4.1.5 新增授权产品 */
    public record AccreditRequest(Long deptId, @NotEmpty(message = "申请开通的产品不能为空") @Valid List<AccreditItem> checkItemList,
                                  @Size(max = 250, message = "申请备注最多250字") String applyRemark,
                                  Long fusionDeptItemId) {
    }

    /** 3.7.29 / 4.1.6 授权聚合产品默认子项查询 */
    public record FusionDefaultsRequest(@NotBlank(message = "聚合产品编码不能为空") String checkItem,
                                        @NotNull(message = "机构id不能为空") Long deptId) {
    }

    public record FusionSubItem(Long deptId, @NotBlank(message = "产品编码不能为空") @Size(max = 64) String itemCode,
                                String itemName, @Min(10) @jakarta.validation.constraints.Max(20) Integer chargeType,
                                @Min(10) @jakarta.validation.constraints.Max(20) Integer feeType,
                                @Size(max = 1000) String feeDetail,
                                @DecimalMin(value = "0", message = "费用不能小于0") BigDecimal fee,
                                @Min(value = 0, message = "免费次数不能小于0") Integer freeCount,
                                @Size(max = 250) String applyRemark, @Size(max = 64) String orgCode,
                                @DecimalMin("0") BigDecimal riskThreshold, @Size(max = 32) String usedVersion,
                                Boolean isHidden, @Valid List<RoyaltyInput> spreaderRoyalties,
                                @NotNull(message = "isAdded不能为空") Boolean isAdded) {

        public Terms terms() {
            return new Terms(chargeType, feeType, fee, feeDetail, freeCount, applyRemark, orgCode, riskThreshold,
                    usedVersion, isHidden);
        }
    }

    /** 3.7.30 / 4.1.7 新增授权聚合产品 (crm spreaderRoyalties, sales spreaderRoyalty §6-13) */
    public record AccreditFusionRequest(@NotNull(message = "开发账户id不能为空") Long deptId,
                                        @NotBlank(message = "聚合产品编码不能为空") String checkItem,
                                        @Min(10) @jakarta.validation.constraints.Max(20) Integer chargeType,
                                        @Min(10) @jakarta.validation.constraints.Max(20) Integer feeType,
                                        @Size(max = 1000) String feeDetail,
                                        @DecimalMin(value = "0", message = "费用不能小于0") BigDecimal fee,
                                        @Min(value = 0, message = "免费次数不能小于0") Integer freeCount,
                                        @Size(max = 250) String applyRemark,
                                        @NotEmpty(message = "子项产品列表不能为空") @Valid List<FusionSubItem> subItemList,
                                        @Valid List<RoyaltyInput> spreaderRoyalties,
                                        @Valid RoyaltyInput spreaderRoyalty) {

        public Terms terms() {
            return new Terms(chargeType, feeType, fee, feeDetail, freeCount, applyRemark, null, null, null, null);
        }

        public List<RoyaltyInput> royalties() {
            List<RoyaltyInput> all = new java.util.ArrayList<>();
            if (spreaderRoyalties != null) {
                all.addAll(spreaderRoyalties);
            }
            if (spreaderRoyalty != null) {
                all.add(spreaderRoyalty);
            }
            return all;
        }
    }

    /** 3.7.31 / 4.1.8 编辑授权产品 */
    public record EditRequest(@NotBlank(message = "产品编码不能为空") String itemCode, String itemName,
                              @Min(10) @jakarta.validation.constraints.Max(20) Integer chargeType,
                              @Min(10) @jakarta.validation.constraints.Max(20) Integer feeType,
                              @Size(max = 1000) String feeDetail,
                              @DecimalMin(value = "0", message = "费用不能小于0") BigDecimal fee,
                              @Min(value = 0, message = "免费次数不能小于0") Integer freeCount,
                              @Size(max = 250) String applyRemark, @Size(max = 64) String orgCode,
                              @DecimalMin("0") BigDecimal riskThreshold, @Size(max = 32) String usedVersion,
                              Boolean isHidden, @Valid List<RoyaltyInput> spreaderRoyalties,
                              @NotNull(message = "机构id不能为空") Long deptId,
                              @NotNull(message = "授权产品记录id不能为空") Long deptItemId, Boolean isAuditPass) {

        public Terms terms() {
            return new Terms(chargeType, feeType, fee, feeDetail, freeCount, applyRemark, orgCode, riskThreshold,
                    usedVersion, isHidden);
        }
    }

    /** 3.7.32 编辑取缓存天数 */
    public record EditCacheFetchRequest(@NotNull(message = "授权记录id不能为空") Long deptItemId,
                                        @Min(value = 0, message = "取缓存天数不能小于0") Integer cacheFetchDays) {
    }

    public record FreeCountItem(@NotNull(message = "授权产品记录id不能为空") Long deptItemId,
                                @NotNull(message = "免费次数不能为空") @Min(value = 0, message = "免费次数不能小于0")
                                Integer freeCount) {
    }

    /** 3.7.34 编辑免费次数 */
    public record EditFreeCountRequest(@NotEmpty(message = "分配明细不能为空") @Valid List<FreeCountItem> itemList) {
    }

    public record ExtraItem(@NotNull(message = "授权产品记录id不能为空") Long deptItemId, Boolean isHidden,
                            @Size(max = 32) String usedVersion) {
    }

    /** 3.7.35 / 4.1.9 编辑扩展信息 */
    public record EditExtraRequest(@Valid List<ExtraItem> itemList) {
    }

    public record AdjustItem(@NotNull(message = "授权产品记录id不能为空") Long deptItemId,
                             @Min(10) @jakarta.validation.constraints.Max(20) Integer feeType,
                             @Min(10) @jakarta.validation.constraints.Max(20) Integer chargeType,
                             @DecimalMin(value = "0", message = "费用不能小于0") BigDecimal fee,
                             @Size(max = 1000) String feeDetail) {
    }

    /** 3.7.36 / 4.1.10 编辑客户价格 */
    public record AdjustRequest(@JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime effectTime,
                                @NotEmpty(message = "价格明细不能为空") @Valid List<AdjustItem> itemList) {
    }

    /** 3.7.37-39 删除/启用/禁用授权 */
    public record DeptItemIdsRequest(@NotNull(message = "开发账户id不能为空") Long deptId,
                                     @NotEmpty(message = "授权产品不能为空") List<@NotNull Long> deptItemIds) {
    }

    /** 3.7.40 / 4.1.14 操作聚合产品子项 */
    public record DealSubRequest(@NotNull(message = "聚合产品授权产品记录id不能为空") Long deptItemId,
                                 @NotEmpty(message = "子项产品编码不能为空") List<@NotBlank String> checkItemList,
                                 Integer dealType) {
    }

    /** 3.7.41 指定数据源列表 */
    public record SourceConfigListRequest(@NotNull(message = "机构id不能为空") Long deptId,
                                          @NotBlank(message = "产品项不能为空") String checkItem) {
    }

    public record SourceInput(Long id, @NotNull(message = "数据源配置ID不能为空") Long sourceId,
                              @NotNull(message = "优先级不能为空") @Min(value = 0, message = "优先级必须大于等于0")
                              Integer priority) {
    }

    /** 3.7.42 保存指定数据源 */
    public record SaveSourceConfigRequest(@NotNull(message = "机构id不能为空") Long deptId,
                                          @NotBlank(message = "产品项不能为空") String checkItem,
                                          @NotEmpty(message = "数据源列表不能为空") @Valid List<SourceInput> sourceList) {
    }

    /** {id, appcode} of delete/cancel/retry (appcode ignored, §5.7). */
    public record IdRequest(@NotNull(message = "id不能为空") Long id, String appcode) {
    }

    /** 3.10.9 查询已开通产品的用户 */
    public record OpenedDeptListRequest(@NotBlank(message = "产品编码不能为空")
                                        @Size(max = 64, message = "产品编码最长64位") String checkItem) {
    }

    /** 3.10.12 客户产品审核 */
    public record AuditRequest(@NotBlank(message = "产品编码不能为空") String itemCode, String itemName,
                               @Min(10) @jakarta.validation.constraints.Max(20) Integer chargeType,
                               @Min(10) @jakarta.validation.constraints.Max(20) Integer feeType,
                               @Size(max = 1000) String feeDetail,
                               @DecimalMin(value = "0", message = "费用不能小于0") BigDecimal fee,
                               @Min(value = 0, message = "免费次数不能小于0") Integer freeCount,
                               @Size(max = 250) String applyRemark, @Size(max = 64) String orgCode,
                               @DecimalMin("0") BigDecimal riskThreshold, @Size(max = 32) String usedVersion,
                               Boolean isHidden, @Valid List<RoyaltyInput> spreaderRoyalties,
                               @NotNull(message = "机构id不能为空") Long deptId,
                               @NotNull(message = "授权产品记录id不能为空") Long deptItemId, Boolean isAuditPass,
                               @NotBlank(message = "审核类型不能为空")
                               @Pattern(regexp = "pass|reject", message = "审核类型只能是 pass 或 reject") String auditType,
                               @Size(max = 500) String rejectReason, @Valid List<SourceInput> sourceList) {

        public Terms terms() {
            return new Terms(chargeType, feeType, fee, feeDetail, freeCount, applyRemark, orgCode, riskThreshold,
                    usedVersion, isHidden);
        }
    }

    public record BatchAuditItem(@NotNull(message = "机构id不能为空") Long deptId,
                                 @NotNull(message = "授权产品记录id不能为空") Long deptItemId,
                                 @NotBlank(message = "产品编码不能为空") String itemCode, String itemName,
                                 @Min(10) @jakarta.validation.constraints.Max(20) Integer chargeType,
                                 @Min(10) @jakarta.validation.constraints.Max(20) Integer feeType,
                                 @Size(max = 1000) String feeDetail,
                                 @DecimalMin(value = "0", message = "费用不能小于0") BigDecimal fee,
                                 @Min(value = 0, message = "免费次数不能小于0") Integer freeCount,
                                 @Valid List<SourceInput> sourceList) {

        public Terms terms() {
            return new Terms(chargeType, feeType, fee, feeDetail, freeCount, null, null, null, null, null);
        }
    }

    /** 3.10.13 客户产品批量审核 */
    public record BatchAuditRequest(@NotBlank(message = "审核类型不能为空")
                                    @Pattern(regexp = "pass|reject", message = "审核类型只能是 pass 或 reject")
                                    String auditType, @Size(max = 500) String rejectReason,
                                    @NotEmpty(message = "审核产品列表不能为空") @Valid List<BatchAuditItem> itemList) {
    }
}
