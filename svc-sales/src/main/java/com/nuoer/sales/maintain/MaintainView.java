package com.nuoer.sales.maintain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A maintain (assignment) record as the seed's maintain list / assignHistories answer it. */
public record MaintainView(
        Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
        Long customerId, String customerName, Long salesmanId, String salesmanName, Integer state,
        String effectMonth, LocalDateTime assignTime, String gradeCode, BigDecimal royaltyRate, String gainChannel,
        Integer customerState, LocalDateTime joinTime, String linkman, String linkMobile, String industry,
        Long deptId, Integer contractState) {
}
