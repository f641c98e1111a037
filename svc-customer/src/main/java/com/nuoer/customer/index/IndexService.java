package com.nuoer.customer.index;

import com.nuoer.common.feign.Remote;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.index.client.BillingCountersClient;
import com.nuoer.customer.index.client.BillingCountersClient.BillingCounters;
import com.nuoer.customer.index.client.WalletSummaryClient;
import com.nuoer.customer.index.client.WalletSummaryClient.WalletSummary;
import com.nuoer.customer.org.DevEnv;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Dashboards: local counts plus figures asked of svc-wallet and svc-billing over Feign. A remote that is down,
 * slow (short timeouts) or answers an error only leaves its fields out of the answer (logged at WARN) — the
 * dashboard never fails because of another service.
 */
@Service
public class IndexService {

    private static final Logger log = LoggerFactory.getLogger(IndexService.class);

    private final JdbcTemplate jdbc;
    private final WalletSummaryClient wallet;
    private final BillingCountersClient billing;

    public IndexService(JdbcTemplate jdbc, WalletSummaryClient wallet, BillingCountersClient billing) {
        this.jdbc = jdbc;
        this.wallet = wallet;
        this.billing = billing;
    }

    public record CoreStatistics(BigDecimal balance, BigDecimal overdueAmount, BigDecimal overdraftQuota,
                                 Long unconfirmedBillCount, Long mineItemCount, Long applyingItemCount,
                                 Long unreadMsgCount, Integer waitPrefectCount) {
    }

    public record Backlog(Long waitAuditAuthCount, Long waitAuditItemCount, Long waitRecheckBillCount,
                          Long waitInvoiceCount) {
    }

    /** 2.7.1 beeback coreStatistics for the caller's organisation and developer account. */
    public CoreStatistics coreStatistics(SessionInfo caller) {
        Long organizationId = caller.enterpriseId();
        Long deptId = Optional.ofNullable(caller.deptId()).orElseGet(() -> organizationId == null ? null
                : jdbc.query("select id from dept where organization_id = ? and env = ?",
                        rs -> rs.next() ? rs.getLong(1) : null, organizationId, DevEnv.PROD.code()));
        // deptItem (entitlements) are another part of issue 3: counted once the dept_item table exists, 0 before
        long mine = deptId == null ? 0 : countIfTableExists("dept_item", "dept_id = ? and state = 10", deptId);
        long applying = deptId == null ? 0 : countIfTableExists("dept_item", "dept_id = ? and state = 0", deptId);
        // no message inbox exists (domain.md §6-21): nothing can be unread
        long unread = 0;
        int waitPrefect = organizationId == null ? 0 : waitPrefectCount(organizationId);

        WalletSummary w = organizationId == null ? null
                : remote("svc-wallet", () -> Remote.data("svc-wallet", wallet.summary(organizationId)));
        BillingCounters b = deptId == null ? null
                : remote("svc-billing", () -> Remote.data("svc-billing", billing.counters(deptId)));
        return new CoreStatistics(
                w == null ? null : w.balance(), w == null ? null : w.overdueAmount(),
                w == null ? null : w.overdraftQuota(), b == null ? null : b.unconfirmedBillCount(),
                mine, applying, unread, waitPrefect);
    }

    /** 3.6.5 crm backlog, platform-wide. */
    public Backlog backlog() {
        // authentication records and deptItems are other parts of issue 3: counted once their tables exist
        long auth = countIfTableExists("auth_record", "state = 0");
        long items = countIfTableExists("dept_item", "state = 0");
        BillingCounters b = remote("svc-billing", () -> Remote.data("svc-billing", billing.counters(null)));
        return new Backlog(auth, items, b == null ? null : b.waitRecheckBillCount(),
                b == null ? null : b.waitInvoiceCount());
    }

    /**
     * 「待完善信息数量」: what the customer still has to set up — enterprise authentication, a production developer
     * account, at least one alert contact.
     */
    private int waitPrefectCount(Long organizationId) {
        Integer missing = jdbc.queryForObject("""
                select (case when coalesce(u.auth_type, 0) = 0 then 1 else 0 end)
                     + (case when exists (select 1 from dept d where d.organization_id = o.id and d.env = 'prod')
                             then 0 else 1 end)
                     + (case when exists (select 1 from forewarn_contact c where c.organization_id = o.id
                                                                           and not c.deleted)
                             then 0 else 1 end)
                from organization o left join user_account u on u.id = o.owner_user_id
                where o.id = ?""", Integer.class, organizationId);
        return missing == null ? 0 : missing;
    }

    /**
     * TODO(issue 3, entitlement and authentication parts): replace by the repositories of dept_item / auth_record
     * once they are merged; until then a table that does not exist counts 0.
     */
    private long countIfTableExists(String table, String where, Object... args) {
        Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table);
        if (!Boolean.TRUE.equals(exists)) {
            return 0;
        }
        try {
            Long n = jdbc.queryForObject("select count(*) from " + table + " where " + where, Long.class, args);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            log.warn("dashboard: cannot count {}: {}", table, e.toString());
            return 0;
        }
    }

    private static <T> T remote(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            log.warn("dashboard: {} unavailable, answering without its figures: {}", service, e.toString());
            return null;
        }
    }
}
