package com.nuoer.apicall.record;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Whether the month's statement of a developer account is final (confirmed or archived in svc-billing): then the fee
 * of its calls may no longer be corrected (domain.md §6-20). Empty = cannot be told now (svc-billing unreachable).
 */
@FunctionalInterface
public interface StatementLock {

    Optional<Boolean> locked(Long deptId, YearMonth month);
}
