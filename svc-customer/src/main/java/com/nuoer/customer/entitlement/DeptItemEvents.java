package com.nuoer.customer.entitlement;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.DeptItemAccredited;
import com.nuoer.common.messaging.events.DeptItemChanged;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * DeptItemChanged / DeptItemAccredited through the outbox (topic customer-event, aggregate = deptItemId), inside the
 * transaction of the change. The snapshot builder is shared with the internal snapshots endpoint.
 */
@Component
public class DeptItemEvents {

    private final OutboxPublisher outbox;
    private final JdbcTemplate jdbc;
    private final DeptItemSourceConfigRepository sources;

    public DeptItemEvents(OutboxPublisher outbox, JdbcTemplate jdbc, DeptItemSourceConfigRepository sources) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** organizationId, merchantId, owner userId of a dept. */
    public record Owner(Long organizationId, Long merchantId, Long userId) {
    }

    public Owner owner(long deptId) {
        List<Owner> rows = jdbc.query("""
                select d.organization_id, o.merchant_id, o.owner_user_id
                from dept d join organization o on o.id = d.organization_id where d.id = ?""",
                (rs, n) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getLong(3)), deptId);
        return rows.isEmpty() ? new Owner(null, null, null) : rows.get(0);
    }

    public DeptItemChanged snapshot(DeptItem d) {
        Owner o = owner(d.getDeptId());
        List<DeptItemChanged.SourceConfig> sourceList = sources.findCurrent(d.getDeptId(), d.getCheckItem()).stream()
                .map(c -> new DeptItemChanged.SourceConfig(c.getSourceId(), c.getDataSourceId(), c.getPriority()))
                .toList();
        return new DeptItemChanged(d.getId(), d.getDeptId(), o.organizationId(), o.merchantId(), o.userId(),
                d.getCheckItem(), d.getItemName(), d.isFusion(), d.getFusionDeptItemId(), d.getState(),
                d.getIsOpen(), d.getFeeType(), d.getChargeType(), d.getFee(), d.getFeeDetail(), d.getFreeCount(),
                d.getCacheFetchDays(), d.getContractState(), d.getOrgCode(), sourceList, d.isDeleted(),
                d.getEffectTime(), d.getVersion());
    }

    public void changed(DeptItem d) {
        outbox.publish(Topics.CUSTOMER_EVENT, EventTypes.DEPT_ITEM_CHANGED, d.getId(), snapshot(d));
    }

    public void accredited(DeptItem d, Long salesmanId, List<SpreaderRoyaltyConfig> royalties, LocalDateTime now) {
        Owner o = owner(d.getDeptId());
        outbox.publish(Topics.CUSTOMER_EVENT, EventTypes.DEPT_ITEM_ACCREDITED, d.getId(), new DeptItemAccredited(
                d.getId(), d.getDeptId(), o.organizationId(), d.getCheckItem(), salesmanId,
                royalties.stream().map(r -> new DeptItemAccredited.SpreaderRoyalty(r.getSpreaderId(),
                        r.getRoyaltyType(), r.getRoyaltyPrice(), r.getRoyaltyRate(), r.getEffectMonth())).toList(),
                now));
    }

    /** Name lookups for lists: dept names by id. */
    public Map<Long, String> deptNames(java.util.Collection<Long> deptIds) {
        Map<Long, String> out = new java.util.HashMap<>();
        if (deptIds.isEmpty()) {
            return out;
        }
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query(
                "select id, dept_name from dept where id in (:ids)", Map.of("ids", deptIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }
}
