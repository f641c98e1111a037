package com.nuoer.contract.projection;

import com.nuoer.common.messaging.events.CustomerAuthenticated;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The local copies of svc-customer's customers, developer accounts and authorised products (domain.md §2.9).
 * Snapshots carry a version and only a newer (or equal) one overwrites the row; events without a version
 * (registration, authentication) fill what they carry.
 */
@Component
public class ProjectionStore {

    /** A developer account with its customer, as the contract screens need it. */
    public record DeptRow(Long deptId, Long organizationId, Long userId, String deptName, String appId, String env,
                          Integer status, String whiteIpList, Integer overdraftType, LocalDateTime createTime,
                          String organizationName, String ownerUsername, String mobile, String linkman, String email,
                          Integer customerType, Long assistantId, Integer authType, Integer authState,
                          Long authRecordId) {

        /** 10 个人认证 → the signer must give name and id card (domain.md §6-15). */
        public boolean personalSigner() {
            return authType != null && authType == 10;
        }

        public String customerName() {
            return organizationName != null ? organizationName : deptName;
        }
    }

    /** An authorised product of a developer account. */
    public record DeptItemRow(Long deptItemId, Long deptId, String checkItem, String itemName, Integer state,
                              Integer feeType, BigDecimal fee, Integer freeCount, Integer contractState,
                              boolean deleted, Long fusionDeptItemId, LocalDateTime updateTime) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ProjectionStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    public void customerRegistered(CustomerRegistered e) {
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, mobile, email,
                                           state, customer_type, assistant_id, version, update_time)
                values (?, ?, ?, ?, ?, ?, 10, ?, ?, 0, ?)
                on conflict (organization_id) do update set
                    merchant_id = excluded.merchant_id, user_id = excluded.user_id,
                    organization_name = excluded.organization_name, mobile = excluded.mobile, email = excluded.email,
                    customer_type = excluded.customer_type, assistant_id = excluded.assistant_id,
                    update_time = excluded.update_time
                where customer_view.version = 0""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.mobile(), e.email(),
                e.customerType(), e.assistantId(), now());
    }

    public void customerChanged(CustomerChanged e) {
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, mobile, linkman,
                                           email, state, customer_type, assistant_id, deleted, version, update_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organization_id) do update set
                    merchant_id = excluded.merchant_id, user_id = excluded.user_id,
                    organization_name = excluded.organization_name, mobile = excluded.mobile,
                    linkman = excluded.linkman, email = excluded.email, state = excluded.state,
                    customer_type = excluded.customer_type, assistant_id = excluded.assistant_id,
                    deleted = excluded.deleted, version = excluded.version, update_time = excluded.update_time
                where customer_view.version <= excluded.version""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.mobile(), e.linkman(),
                e.email(), e.state(), e.customerType(), e.assistantId(), e.deleted(), e.version(), now());
    }

    public void customerAuthenticated(CustomerAuthenticated e) {
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, mobile, auth_type,
                                           auth_state, auth_record_id, version, update_time)
                values (?, ?, ?, ?, ?, ?, 10, ?, 0, ?)
                on conflict (organization_id) do update set
                    auth_type = excluded.auth_type, auth_state = 10, auth_record_id = excluded.auth_record_id,
                    organization_name = coalesce(excluded.organization_name, customer_view.organization_name),
                    update_time = excluded.update_time""",
                e.organizationId(), e.merchantId(), e.userId(), e.enterpriseName(), e.mobile(), e.authType(),
                e.authRecordId(), now());
    }

    public void deptChanged(DeptChanged e) {
        jdbc.update("""
                insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, env, status,
                                       white_ip_list, version, create_time, update_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dept_id) do update set
                    organization_id = excluded.organization_id, user_id = excluded.user_id,
                    dept_name = excluded.dept_name, app_id = excluded.app_id, env = excluded.env,
                    status = excluded.status, white_ip_list = excluded.white_ip_list, version = excluded.version,
                    update_time = excluded.update_time
                where dept_view.version <= excluded.version""",
                e.deptId(), e.organizationId(), e.userId(), e.deptName(), e.appId(), e.env(), e.status(),
                e.whiteIpList(), e.version(), now(), now());
    }

    public void deptItemChanged(DeptItemChanged e) {
        jdbc.update("""
                insert into dept_item_view (dept_item_id, dept_id, organization_id, user_id, check_item, item_name,
                                            is_fusion, fusion_dept_item_id, state, is_open, fee_type, charge_type, fee,
                                            free_count, contract_state, deleted, effect_time, version, update_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dept_item_id) do update set
                    dept_id = excluded.dept_id, organization_id = excluded.organization_id,
                    user_id = excluded.user_id, check_item = excluded.check_item, item_name = excluded.item_name,
                    is_fusion = excluded.is_fusion, fusion_dept_item_id = excluded.fusion_dept_item_id,
                    state = excluded.state, is_open = excluded.is_open, fee_type = excluded.fee_type,
                    charge_type = excluded.charge_type, fee = excluded.fee, free_count = excluded.free_count,
                    contract_state = excluded.contract_state, deleted = excluded.deleted,
                    effect_time = excluded.effect_time, version = excluded.version,
                    update_time = excluded.update_time
                where dept_item_view.version <= excluded.version""",
                e.deptItemId(), e.deptId(), e.organizationId(), e.userId(), e.checkItem(), e.itemName(),
                e.isFusion(), e.fusionDeptItemId(), e.state(), e.isOpen(), e.feeType(), e.chargeType(), e.fee(),
                e.freeCount(), e.contractState(), e.deleted(),
                e.effectTime() == null ? null : Timestamp.valueOf(e.effectTime()), e.version(), now());
    }

    private static final String DEPT_SELECT = """
            select d.dept_id, d.organization_id, coalesce(d.user_id, c.user_id) as user_id, d.dept_name, d.app_id,
                   d.env, d.status, d.white_ip_list, d.overdraft_type, d.create_time, c.organization_name,
                   c.owner_username, c.mobile, c.linkman, c.email, c.customer_type, c.assistant_id, c.auth_type,
                   c.auth_state, c.auth_record_id
            from dept_view d left join customer_view c on c.organization_id = d.organization_id
            """;

    public Optional<DeptRow> findDept(Long deptId) {
        return jdbc.query(DEPT_SELECT + " where d.dept_id = ?", (rs, i) -> deptRow(rs), deptId).stream().findFirst();
    }

    static DeptRow deptRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp created = rs.getTimestamp("create_time");
        return new DeptRow(rs.getLong("dept_id"), (Long) rs.getObject("organization_id"),
                (Long) rs.getObject("user_id"), rs.getString("dept_name"), rs.getString("app_id"),
                rs.getString("env"), (Integer) rs.getObject("status"), rs.getString("white_ip_list"),
                (Integer) rs.getObject("overdraft_type"), created == null ? null : created.toLocalDateTime(),
                rs.getString("organization_name"), rs.getString("owner_username"), rs.getString("mobile"),
                rs.getString("linkman"), rs.getString("email"), (Integer) rs.getObject("customer_type"),
                (Long) rs.getObject("assistant_id"), (Integer) rs.getObject("auth_type"),
                (Integer) rs.getObject("auth_state"), (Long) rs.getObject("auth_record_id"));
    }

    public Optional<DeptItemRow> findDeptItem(Long deptItemId) {
        return jdbc.query("select * from dept_item_view where dept_item_id = ?", (rs, i) -> deptItemRow(rs),
                deptItemId).stream().findFirst();
    }

    public List<DeptItemRow> findDeptItems(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from dept_item_view where dept_item_id = any (?)", (rs, i) -> deptItemRow(rs),
                (Object) ids.toArray(Long[]::new));
    }

    public static DeptItemRow deptItemRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp updated = rs.getTimestamp("update_time");
        return new DeptItemRow(rs.getLong("dept_item_id"), rs.getLong("dept_id"), rs.getString("check_item"),
                rs.getString("item_name"), (Integer) rs.getObject("state"), (Integer) rs.getObject("fee_type"),
                rs.getBigDecimal("fee"), (Integer) rs.getObject("free_count"),
                (Integer) rs.getObject("contract_state"), rs.getBoolean("deleted"),
                (Long) rs.getObject("fusion_dept_item_id"), updated == null ? null : updated.toLocalDateTime());
    }
}
