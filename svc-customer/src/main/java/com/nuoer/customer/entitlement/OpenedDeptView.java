package com.nuoer.customer.entitlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A developer account holding a product (queryOpenedDeptList); the dept password is never returned (§6-9). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpenedDeptView(Long id, String deptName, String userName, String mobile, Integer proxyerId,
                             String proxyer, String appId, BigDecimal checkFee, LocalDate trialEndDate, Integer status,
                             Integer overdraftType, String proxyerMobile, Long userId, LocalDateTime createDate,
                             String emails, Integer contractState, String whiteIpList) {
}
