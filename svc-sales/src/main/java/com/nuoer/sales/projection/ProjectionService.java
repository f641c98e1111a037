package com.nuoer.sales.projection;

import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.messaging.events.ContractStateChanged;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import com.nuoer.common.messaging.events.StaffChanged;
import com.nuoer.sales.maintain.CustomerMaintainRepository;
import com.nuoer.sales.maintain.MaintainService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local copies of other services' data (customers, developer accounts, staff, products, authorised products). Each
 * snapshot overwrites the row only when its version is higher than the one held, so redelivery and reordering change
 * nothing.
 */
@Service
public class ProjectionService {

    private final JdbcTemplate jdbc;
    private final MaintainService maintain;
    private final CustomerMaintainRepository records;
    private final Clock clock;

    public ProjectionService(JdbcTemplate jdbc, MaintainService maintain, CustomerMaintainRepository records,
                             Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.maintain = maintain;
        this.clock = clock;
    }

    @Transactional
    public void customerRegistered(CustomerRegistered e) {
        LocalDateTime at = e.registeredAt() != null ? e.registeredAt() : LocalDateTime.now(clock);
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, mobile, email,
                    state, customer_type, customer_nature, industry, assistant_id, join_time, version)
                values (?, ?, ?, ?, ?, ?, 10, ?, ?, ?, ?, ?, 0)
                on conflict (organization_id) do nothing""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.mobile(), e.email(),
                e.customerType(), e.customerNature(), e.industry(), e.assistantId(), at);
        if (e.opportunityId() != null) {
            jdbc.update("update opportunity set customer_id = ?, modify_time = ? where id = ? and customer_id is null",
                    e.organizationId(), LocalDateTime.now(clock), e.opportunityId());
        }
        String month = e.royaltyEffectMonth() != null ? e.royaltyEffectMonth() : YearMonth.from(at).toString();
        maintain.registered(e.organizationId(), e.assistantId(), e.gradeCode(), e.royaltyRate(), month,
                e.gainChannel());
    }

    @Transactional
    public void customerChanged(CustomerChanged e) {
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, alias_name, mobile,
                    linkman, link_mobile, email, state, customer_type, customer_nature, industry, assistant_id, deleted,
                    join_time, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organization_id) do update set merchant_id = excluded.merchant_id,
                    user_id = excluded.user_id, organization_name = excluded.organization_name,
                    alias_name = excluded.alias_name, mobile = excluded.mobile, linkman = excluded.linkman,
                    link_mobile = excluded.link_mobile, email = excluded.email, state = excluded.state,
                    customer_type = excluded.customer_type, customer_nature = excluded.customer_nature,
                    industry = excluded.industry, deleted = excluded.deleted, version = excluded.version
                where customer_view.version < excluded.version""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.aliasName(), e.mobile(),
                e.linkman(), e.linkMobile(), e.email(), e.state(), e.customerType(), e.customerNature(), e.industry(),
                e.assistantId(), e.deleted(), e.changedAt() != null ? e.changedAt() : LocalDateTime.now(clock),
                e.version());
        if (e.deleted()) {
            // a deleted customer is maintained by nobody any more (F15)
            records.findValidForUpdate(e.organizationId()).ifPresent(m -> {
                m.invalidate(LocalDateTime.now(clock));
                records.saveAndFlush(m);
            });
        }
    }

    @Transactional
    public void deptChanged(DeptChanged e) {
        jdbc.update("""
                insert into dept_view (dept_id, organization_id, dept_name, app_id, env, status, white_ip_list, version)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dept_id) do update set organization_id = excluded.organization_id,
                    dept_name = excluded.dept_name, app_id = excluded.app_id, env = excluded.env,
                    status = excluded.status, white_ip_list = excluded.white_ip_list, version = excluded.version
                where dept_view.version < excluded.version""",
                e.deptId(), e.organizationId(), e.deptName(), e.appId(), e.env(), e.status(), e.whiteIpList(),
                e.version());
    }

    @Transactional
    public void staffChanged(StaffChanged e) {
        int changed = jdbc.update("""
                insert into staff_view (staff_id, user_id, name, mobile, email, appcode, active, version)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (staff_id) do update set user_id = excluded.user_id, name = excluded.name,
                    mobile = excluded.mobile, email = excluded.email, appcode = excluded.appcode,
                    active = excluded.active, version = excluded.version
                where staff_view.version < excluded.version""",
                e.staffId(), e.userId(), e.name(), e.mobile(), e.email(), e.appcode(), e.active(), e.version());
        if (changed > 0) {
            jdbc.update("""
                    update salesman set salesman_name = ?, mobile = ?, email = ?, active = ?, modify_time = ?
                    where salesman_staff_id = ?""", e.name(), e.mobile(), e.email(), e.active(),
                    LocalDateTime.now(clock), e.staffId());
        }
    }

    @Transactional
    public void checkItemChanged(CheckItemChanged e) {
        jdbc.update("""
                insert into check_item_view (check_item, item_name, check_type, fee_type, price, floor_price, state,
                                             is_fusion, applicable, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (check_item) do update set item_name = excluded.item_name,
                    check_type = excluded.check_type, fee_type = excluded.fee_type, price = excluded.price,
                    floor_price = excluded.floor_price, state = excluded.state, is_fusion = excluded.is_fusion,
                    applicable = excluded.applicable, version = excluded.version
                where check_item_view.version < excluded.version""",
                e.checkItem(), e.itemName(), e.checkType(), e.feeType(), e.price(), e.floorPrice(), e.state(),
                e.isFusion(), e.applicable(), e.version());
    }

    @Transactional
    public void deptItemChanged(DeptItemChanged e) {
        jdbc.update("""
                insert into dept_item_view (dept_item_id, dept_id, organization_id, check_item, item_name, is_fusion,
                    fusion_dept_item_id, state, is_open, fee_type, charge_type, fee, fee_detail, free_count,
                    cache_fetch_days, contract_state, org_code, deleted, effect_time, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dept_item_id) do update set dept_id = excluded.dept_id,
                    organization_id = excluded.organization_id, check_item = excluded.check_item,
                    item_name = excluded.item_name, is_fusion = excluded.is_fusion,
                    fusion_dept_item_id = excluded.fusion_dept_item_id, state = excluded.state,
                    is_open = excluded.is_open, fee_type = excluded.fee_type, charge_type = excluded.charge_type,
                    fee = excluded.fee, fee_detail = excluded.fee_detail, free_count = excluded.free_count,
                    cache_fetch_days = excluded.cache_fetch_days, contract_state = excluded.contract_state,
                    org_code = excluded.org_code, deleted = excluded.deleted, effect_time = excluded.effect_time,
                    version = excluded.version
                where dept_item_view.version < excluded.version""",
                e.deptItemId(), e.deptId(), e.organizationId(), e.checkItem(), e.itemName(), e.isFusion(),
                e.fusionDeptItemId(), e.state(), e.isOpen(), e.feeType(), e.chargeType(), e.fee(), e.feeDetail(),
                e.freeCount(), e.cacheFetchDays(), e.contractState(), e.orgCode(), e.deleted(), e.effectTime(),
                e.version());
        if (e.organizationId() != null) {
            jdbc.update("insert into dept_view (dept_id, organization_id) values (?, ?) on conflict do nothing",
                    e.deptId(), e.organizationId());
        }
    }

    /** The seq-0 contract's state is the developer account's contract state (maintain list {@code contractState}). */
    @Transactional
    public void contractStateChanged(ContractStateChanged e) {
        if (e.seq() != null && e.seq() == 0 && e.deptId() != null) {
            jdbc.update("update dept_view set contract_state = ? where dept_id = ?",
                    e.expired() ? Integer.valueOf(0) : e.state(), e.deptId());
        }
    }
}
