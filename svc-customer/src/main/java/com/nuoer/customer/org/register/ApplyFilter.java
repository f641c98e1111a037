package com.nuoer.customer.org.register;

import java.time.LocalDateTime;
import java.util.List;

/** Filters of applyList (crm and sales), parsed; {@code scopeSalesmanId} is the sales caller's scope. */
public record ApplyFilter(Long scopeSalesmanId, String applyNo, Long salesmanId, String keyword,
                          List<Integer> auditStateList, LocalDateTime createTimeGte, LocalDateTime createTimeLte,
                          LocalDateTime auditTimeGte, LocalDateTime auditTimeLte) {
}
