package com.nuoer.customer.entitlement;

import java.util.List;

/**
 * Filters of the deptItem lists. {@code scopeDeptIds} = the caller's visible accounts (null = all), applied on top of
 * the request's {@code deptIdList}. Without {@code fusionDeptItemId} only main items are listed (sub-items of fusion
 * products are listed with their parent's id).
 */
public record DeptItemFilter(List<Long> scopeDeptIds, List<Long> deptIdList, String keyword, List<String> checkItemList,
                             List<Integer> stateList, Boolean applicable, Boolean isFusion, Long fusionDeptItemId,
                             List<Long> idList, List<Integer> contractStateList, Long merchantId, Long spreaderId,
                             boolean withAdjusting, boolean withRoyalties) {
}
