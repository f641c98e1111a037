package com.nuoer.customer.entitlement.events;

import com.nuoer.common.messaging.events.ContractStateChanged;
import com.nuoer.common.messaging.events.CustomerAssigned;
import com.nuoer.customer.entitlement.DeptItem;
import com.nuoer.customer.entitlement.DeptItemEvents;
import com.nuoer.customer.entitlement.DeptItemRepository;
import com.nuoer.customer.org.CustomerEventPublisher;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What svc-customer keeps of other services' decisions: the contract state of deptItems (ContractStateChanged →
 * DeptItemChanged) and the sales assignment of organisations (CustomerAssigned → CustomerChanged). Each event applies
 * only when its version is higher than the last one applied (per contract / per organisation).
 */
@Service
public class EntitlementProjections {

    private final JdbcTemplate jdbc;
    private final DeptItemRepository items;
    private final DeptItemEvents events;
    private final OrganizationRepository organizations;
    private final CustomerEventPublisher customerEvents;
    private final Clock clock;

    public EntitlementProjections(JdbcTemplate jdbc, DeptItemRepository items, DeptItemEvents events,
                                  OrganizationRepository organizations, CustomerEventPublisher customerEvents,
                                  Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.events = events;
        this.organizations = organizations;
        this.customerEvents = customerEvents;
        this.clock = clock;
    }

    /** Sets the contract state on the listed deptItems of the contract's account; true when applied. */
    @Transactional
    public boolean contractStateChanged(ContractStateChanged e) {
        if (e.contractNo() == null || !newer("contract_state_version", "contract_no", e.contractNo(), e.version())) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Integer state = e.expired() ? Integer.valueOf(0) : e.state();
        if (e.deptItemIds() == null) {
            return true;
        }
        for (Long id : e.deptItemIds()) {
            DeptItem item = items.lockById(id).orElse(null);
            if (item == null || item.isDeleted() || (e.deptId() != null && !e.deptId().equals(item.getDeptId()))) {
                continue;
            }
            item.contractState(state, now);
            items.saveAndFlush(item);
            events.changed(item);
        }
        return true;
    }

    /** Overwrites the assignment projection of the organisation and republishes CustomerChanged. */
    @Transactional
    public boolean customerAssigned(CustomerAssigned e) {
        if (e.customerId() == null
                || !newer("customer_assignment_version", "organization_id", e.customerId(), e.version())) {
            return false;
        }
        Organization org = organizations.findById(e.customerId()).orElse(null);
        if (org == null) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        org.assign(e.salesmanId(), e.gradeCode() != null ? e.gradeCode() : org.getGradeCode(),
                e.royaltyRate() != null ? e.royaltyRate() : org.getRoyaltyRate(),
                e.gainChannel() != null ? e.gainChannel() : org.getGainChannel(), org.getOpportunityId(),
                e.assignTime() != null ? e.assignTime() : now);
        organizations.saveAndFlush(org);
        customerEvents.changed(org, now);
        return true;
    }

    /** Records {@code version} for the key when it is higher than the stored one; false = stale or repeated. */
    private boolean newer(String table, String keyColumn, Object key, long version) {
        return jdbc.update("insert into " + table + " (" + keyColumn + ", version) values (?, ?)"
                + " on conflict (" + keyColumn + ") do update set version = excluded.version"
                + " where " + table + ".version < excluded.version", key, version) > 0;
    }
}
