package com.nuoer.customer.entitlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The seed's spreaderRoyalties element of a deptItem. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoyaltyView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                          Long customerId, String customerName, Long deptId, Long spreaderId, String spreaderName,
                          Long deptItemId, String checkItem, String royaltyType, BigDecimal royaltyPrice,
                          BigDecimal royaltyRate, String state, String effectMonth, LocalDateTime assignTime) {
}
