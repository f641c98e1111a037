package com.nuoer.apicall.projection;

import com.nuoer.common.messaging.events.DeptItemChanged.SourceConfig;
import java.math.BigDecimal;
import java.util.List;

/** Copy of an authorised product (svc-customer DeptItem, from DeptItemChanged). */
public record DeptItemView(Long deptItemId, Long deptId, Long organizationId, Long merchantId, Long userId,
                           String checkItem, String itemName, boolean isFusion, Long fusionDeptItemId, int state,
                           int isOpen, int feeType, Integer chargeType, BigDecimal fee, int freeCount,
                           Integer cacheFetchDays, Integer contractState, String orgCode, List<SourceConfig> sourceList,
                           boolean deleted, long version) {

    public static final int STATE_OPENED = 10;

    public boolean usable() {
        return !deleted && state == STATE_OPENED && isOpen == 1;
    }
}
