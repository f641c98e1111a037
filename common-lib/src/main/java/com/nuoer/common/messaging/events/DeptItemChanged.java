package com.nuoer.common.messaging.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Event on {@code customer-event} (tag {@code DeptItemChanged}, aggregate = deptItemId), published by svc-customer
 * through the outbox in the transaction of every change of an authorised product (apply, accredit, audit, edit, price
 * adjust applied now or by the scheduler, enable/disable, delete, contract state change; flows F4, F10). A full
 * snapshot: consumers (svc-apicall call gating and pricing, svc-contract unsigned items, svc-sales royalties)
 * overwrite their copy and ignore snapshots whose {@code version} is lower than the one they hold.
 *
 * @param deptItemId       the authorised product
 * @param deptId           developer account it belongs to
 * @param organizationId   customer organisation of the account
 * @param merchantId       its merchant
 * @param userId           owner user of the organisation
 * @param checkItem        product code
 * @param itemName         product name
 * @param isFusion         a fusion product (its sub-items are deptItems with {@code fusionDeptItemId} = this id)
 * @param fusionDeptItemId parent fusion deptItem of a sub-item, else null
 * @param state            DeptItemState: 0 待审核, 10 已开通, -10 已驳回, -1 已禁用
 * @param isOpen           1 启用, 0 停用
 * @param feeType          FeeType: 10 查询计费, 20 查得计费
 * @param chargeType       fusion products: 10 按子项计费, 20 按产品计费 (null otherwise)
 * @param fee              price per charged call in force from {@code effectTime} (yuan, ≥ 0)
 * @param feeDetail        tiered/extra fee description (free text or JSON, may be null)
 * @param freeCount        free calls granted (consumed before any fee)
 * @param cacheFetchDays   customer cache days (null → the product's cacheTime)
 * @param contractState    ContractState projection: null/0 none, 50 待签署, 80 已线下签署, 100 已签署, -1 已取消
 * @param orgCode          direct organisation (直客) code, may be null
 * @param sourceList       the customer's own upstream routing (empty = the product's upstream configurations)
 * @param deleted          true once deleted: consumers treat the item as gone
 * @param effectTime       when this price took effect (keys the price history of consumers)
 * @param version          monotonic per deptItem
 */
public record DeptItemChanged(
        Long deptItemId,
        Long deptId,
        Long organizationId,
        Long merchantId,
        Long userId,
        String checkItem,
        String itemName,
        @JsonProperty("isFusion") Boolean isFusion,
        Long fusionDeptItemId,
        Integer state,
        Integer isOpen,
        Integer feeType,
        Integer chargeType,
        BigDecimal fee,
        String feeDetail,
        Integer freeCount,
        Integer cacheFetchDays,
        Integer contractState,
        String orgCode,
        List<SourceConfig> sourceList,
        boolean deleted,
        LocalDateTime effectTime,
        long version) {

    /**
     * One customer-specific upstream: {@code sourceId} = svc-apicall UpstreamConfig id (check_config), tried by
     * ascending {@code priority}.
     */
    public record SourceConfig(Long sourceId, Long dataSourceId, Integer priority) {
    }
}
