package com.nuoer.apicall.record;

import com.nuoer.apicall.record.client.BillingStatementClient;
import java.time.YearMonth;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@link StatementLock} answered by svc-billing ({@code GET /internal/billing/statement/state}). */
@Component
public class BillingStatementLock implements StatementLock {

    private static final Logger log = LoggerFactory.getLogger(BillingStatementLock.class);

    private final BillingStatementClient billing;

    public BillingStatementLock(BillingStatementClient billing) {
        this.billing = billing;
    }

    @Override
    public Optional<Boolean> locked(Long deptId, YearMonth month) {
        try {
            var r = billing.state(deptId, month.toString());
            if (r == null || !r.success()) {
                return Optional.empty();
            }
            return Optional.of(r.data() != null && Boolean.TRUE.equals(r.data().locked()));
        } catch (RuntimeException e) {
            log.warn("statement state of dept {} {} not readable from svc-billing: {}", deptId, month, e.toString());
            return Optional.empty();
        }
    }
}
