package com.nuoer.customer.entitlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The seed's deptItem DTO (searchItems, mineList, the crm/sales lists, queryItemsForAccreditFusion). {@code price} is
 * the catalogue list price, {@code fee} the customer's price (§6-34); {@code checkType} the catalogue product type
 * (§6-2). Portal-owned fields (category, docs, images, collections) are not held here and stay null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeptItemView(
        Long id, LocalDateTime updateDate, String checkItem, String itemName, String usedVersion, Integer checkType,
        Integer isOpen, BigDecimal price, Long deptId, String deptName, Integer state, BigDecimal fee,
        Integer chargeType, Integer feeType, @JsonProperty("isFusion") Boolean isFusion, String feeDetail,
        Integer freeCount, String applyRemark, String auditRemark, LocalDateTime auditTime, Boolean taskAble,
        String categoryCode, String categoryName, String docUrl, String respTime, String backgroundImg,
        String description, @JsonProperty("isCollected") Boolean isCollected, LocalDateTime createDate,
        Boolean applicable, Integer cacheFetchDays, @JsonProperty("isHidden") Boolean isHidden,
        AdjustView adjusting, String orgCode, BigDecimal riskThreshold, Boolean hasAssignSource,
        List<RoyaltyView> spreaderRoyalties,
        @com.fasterxml.jackson.annotation.JsonIgnore Long fusionDeptItemId,
        @com.fasterxml.jackson.annotation.JsonIgnore Integer contractState) {

    public DeptItemView with(AdjustView adjusting, List<RoyaltyView> royalties) {
        return new DeptItemView(id, updateDate, checkItem, itemName, usedVersion, checkType, isOpen, price, deptId,
                deptName, state, fee, chargeType, feeType, isFusion, feeDetail, freeCount, applyRemark, auditRemark,
                auditTime, taskAble, categoryCode, categoryName, docUrl, respTime, backgroundImg, description,
                isCollected, createDate, applicable, cacheFetchDays, isHidden, adjusting, orgCode, riskThreshold,
                hasAssignSource, royalties, fusionDeptItemId, contractState);
    }
}
