package com.nuoer.apicall.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import com.nuoer.common.messaging.events.DeptItemChanged.SourceConfig;
import com.nuoer.common.messaging.events.WalletChanged;
import com.nuoer.common.messaging.events.WalletExhausted;
import com.nuoer.common.web.ApiResponse;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The call path's local copies (dept, deptItem, customer, wallet guard): event-fed tables (the highest version wins,
 * so redelivered or reordered snapshots change nothing), in-memory read caches with a TTL, and a Feign read-through
 * when a row was never fed — no synchronous call to another service per request once a copy exists.
 */
@Component
public class ProjectionStore {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStore.class);
    private static final TypeReference<List<SourceConfig>> SOURCES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final CustomerProjectionClient customer;
    private final WalletSummaryClient wallet;
    private final TtlCache<String, Optional<DeptView>> deptByAppId;
    private final TtlCache<Long, List<DeptItemView>> itemsByDept;
    private final TtlCache<Long, Optional<CustomerView>> customers;
    private final TtlCache<Long, Optional<WalletGuardView>> guards;

    public ProjectionStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock, CustomerProjectionClient customer,
                           WalletSummaryClient wallet,
                           @Value("${nuoer.apicall.projection.ttl-millis:30000}") long ttlMillis) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.customer = customer;
        this.wallet = wallet;
        this.deptByAppId = new TtlCache<>(ttlMillis);
        this.itemsByDept = new TtlCache<>(ttlMillis);
        this.customers = new TtlCache<>(ttlMillis);
        this.guards = new TtlCache<>(ttlMillis);
    }

    // ------------------------------------------------------------------ reads (call path)

    public Optional<DeptView> deptByAppId(String appId) {
        return deptByAppId.get(appId, id -> loadDept(id).or(() -> fetchDept(id)));
    }

    public Optional<DeptView> dept(Long deptId) {
        return jdbc.query("select * from dept_view where dept_id = ?", ProjectionStore::dept, deptId).stream().findFirst();
    }

    public List<DeptItemView> deptItems(Long deptId) {
        return itemsByDept.get(deptId, id -> {
            List<DeptItemView> rows = loadItems(id);
            return rows.isEmpty() ? fetchItems(id) : rows;
        });
    }

    public Optional<CustomerView> customer(Long organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        return customers.get(organizationId, id -> jdbc.query("select * from customer_view where organization_id = ?",
                ProjectionStore::customer, id).stream().findFirst());
    }

    /** The default wallet of the customer (the one ApiCallCharged without walletId charges). */
    public Optional<WalletGuardView> guard(Long organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        return guards.get(organizationId, id -> jdbc.query("""
                select * from wallet_guard where organization_id = ? and is_default order by version desc limit 1""",
                ProjectionStore::guard, id).stream().findFirst().or(() -> fetchGuard(id)));
    }

    private Optional<DeptView> loadDept(String appId) {
        return jdbc.query("select * from dept_view where app_id = ?", ProjectionStore::dept, appId).stream().findFirst();
    }

    private List<DeptItemView> loadItems(Long deptId) {
        return jdbc.query("select * from dept_item_view where dept_id = ?", this::item, deptId);
    }

    private Optional<DeptView> fetchDept(String appId) {
        try {
            ApiResponse<DeptChanged> r = customer.deptByAppId(appId);
            if (r != null && r.success() && r.data() != null) {
                applyDept(r.data());
                return loadDept(appId);
            }
        } catch (RuntimeException e) {
            log.debug("dept {} not readable from svc-customer: {}", appId, e.toString());
        }
        return Optional.empty();
    }

    private List<DeptItemView> fetchItems(Long deptId) {
        try {
            ApiResponse<List<DeptItemChanged>> r = customer.deptItemSnapshots(deptId);
            if (r != null && r.success() && r.data() != null) {
                r.data().forEach(this::applyDeptItem);
                return loadItems(deptId);
            }
        } catch (RuntimeException e) {
            log.debug("deptItems of {} not readable from svc-customer: {}", deptId, e.toString());
        }
        return List.of();
    }

    private Optional<WalletGuardView> fetchGuard(Long organizationId) {
        try {
            var r = wallet.summary(organizationId);
            if (r != null && r.success() && r.data() != null) {
                var s = r.data();
                BigDecimal quota = s.overdraftQuota() == null ? BigDecimal.ZERO : s.overdraftQuota();
                BigDecimal balance = s.balance() == null ? BigDecimal.ZERO : s.balance();
                return Optional.of(new WalletGuardView(null, organizationId, null,
                        quota.signum() > 0 ? 10 : 0, balance.add(quota), 10, false, 0, LocalDateTime.now(clock)));
            }
        } catch (RuntimeException e) {
            log.debug("wallet summary of {} not readable: {}", organizationId, e.toString());
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ writes (event handlers)

    /** Upserts unless a newer version is held; true when applied. */
    public boolean applyDept(DeptChanged e) {
        int n = jdbc.update("""
                insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, app_secret_enc, env, status,
                                       white_ip_list, version, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dept_id) do update set organization_id = excluded.organization_id,
                    user_id = excluded.user_id, dept_name = excluded.dept_name, app_id = excluded.app_id,
                    app_secret_enc = excluded.app_secret_enc, env = excluded.env, status = excluded.status,
                    white_ip_list = excluded.white_ip_list, version = excluded.version, updated_at = excluded.updated_at
                where dept_view.version < excluded.version""",
                e.deptId(), e.organizationId(), e.userId(), e.deptName(), e.appId(), e.appSecretEncrypted(), e.env(),
                e.status(), e.whiteIpList() == null || e.whiteIpList().isBlank() ? "off" : e.whiteIpList(),
                e.version(), now());
        deptByAppId.clear();
        return n > 0;
    }

    public boolean applyDeptItem(DeptItemChanged e) {
        int n = jdbc.update("""
                insert into dept_item_view (dept_item_id, dept_id, organization_id, merchant_id, user_id, check_item,
                    item_name, is_fusion, fusion_dept_item_id, state, is_open, fee_type, charge_type, fee, fee_detail,
                    free_count, cache_fetch_days, contract_state, org_code, source_list, deleted, effect_time, version,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                on conflict (dept_item_id) do update set dept_id = excluded.dept_id,
                    organization_id = excluded.organization_id, merchant_id = excluded.merchant_id,
                    user_id = excluded.user_id, check_item = excluded.check_item, item_name = excluded.item_name,
                    is_fusion = excluded.is_fusion, fusion_dept_item_id = excluded.fusion_dept_item_id,
                    state = excluded.state, is_open = excluded.is_open, fee_type = excluded.fee_type,
                    charge_type = excluded.charge_type, fee = excluded.fee, fee_detail = excluded.fee_detail,
                    free_count = excluded.free_count, cache_fetch_days = excluded.cache_fetch_days,
                    contract_state = excluded.contract_state, org_code = excluded.org_code,
                    source_list = excluded.source_list, deleted = excluded.deleted,
                    effect_time = excluded.effect_time, version = excluded.version, updated_at = excluded.updated_at
                where dept_item_view.version < excluded.version""",
                e.deptItemId(), e.deptId(), e.organizationId(), e.merchantId(), e.userId(), e.checkItem(), e.itemName(),
                Boolean.TRUE.equals(e.isFusion()), e.fusionDeptItemId(), e.state() == null ? 0 : e.state(),
                e.isOpen() == null ? 1 : e.isOpen(), e.feeType() == null ? 10 : e.feeType(), e.chargeType(),
                e.fee() == null ? BigDecimal.ZERO : e.fee(), e.feeDetail(),
                e.freeCount() == null ? 0 : e.freeCount(), e.cacheFetchDays(), e.contractState(), e.orgCode(),
                writeSources(e.sourceList()), e.deleted(), e.effectTime() == null ? null : Timestamp.valueOf(e.effectTime()),
                e.version(), now());
        itemsByDept.evict(e.deptId());
        return n > 0;
    }

    public boolean applyCustomer(CustomerChanged e) {
        int n = jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, state, customer_type,
                                           assistant_id, deleted, version, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organization_id) do update set merchant_id = excluded.merchant_id,
                    user_id = excluded.user_id, organization_name = excluded.organization_name, state = excluded.state,
                    customer_type = excluded.customer_type, assistant_id = excluded.assistant_id,
                    deleted = excluded.deleted, version = excluded.version, updated_at = excluded.updated_at
                where customer_view.version < excluded.version""",
                e.organizationId(), e.merchantId(), e.userId(), e.organizationName(), e.state(), e.customerType(),
                e.assistantId(), e.deleted(), e.version(), now());
        customers.evict(e.organizationId());
        return n > 0;
    }

    public boolean applyWallet(WalletChanged e) {
        BigDecimal available = e.available();
        boolean exhausted = available != null && available.signum() <= 0
                && !Integer.valueOf(WalletGuardView.MONTHLY).equals(e.overdraftState());
        int n = jdbc.update("""
                insert into wallet_guard (wallet_id, organization_id, merchant_id, is_default, appcode, balance,
                    overdraft_state, overdraft_quota, available, state, exhausted, version, changed_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (wallet_id) do update set organization_id = excluded.organization_id,
                    merchant_id = excluded.merchant_id, is_default = excluded.is_default, appcode = excluded.appcode,
                    balance = excluded.balance, overdraft_state = excluded.overdraft_state,
                    overdraft_quota = excluded.overdraft_quota, available = excluded.available,
                    state = excluded.state, exhausted = excluded.exhausted, version = excluded.version,
                    changed_at = excluded.changed_at, updated_at = excluded.updated_at
                where wallet_guard.version < excluded.version""",
                e.walletId(), e.organizationId(), e.merchantId(), Boolean.TRUE.equals(e.isDefault()), e.appcode(),
                e.balance(), e.overdraftState(), e.overdraftQuota(), available, e.state(), exhausted, e.version(),
                e.changedAt() == null ? now() : Timestamp.valueOf(e.changedAt()), now());
        guards.evict(e.organizationId());
        return n > 0;
    }

    /** The version of the shared guard row of a wallet (-1 when none). */
    public long walletVersion(Long walletId) {
        return jdbc.query("select version from wallet_guard where wallet_id = ?", (rs, i) -> rs.getLong(1), walletId)
                .stream().findFirst().orElse(-1L);
    }

    /** Blocks the wallet until a WalletChanged with a higher version and available &gt; 0 arrives. */
    public boolean applyExhausted(WalletExhausted e) {
        int n = jdbc.update("""
                update wallet_guard set exhausted = true, available = coalesce(?, available), balance = coalesce(?, balance),
                    version = greatest(version, ?), updated_at = ?
                where wallet_id = ? and version <= ?""",
                e.available(), e.balance(), e.version(), now(), e.walletId(), e.version());
        guards.evict(e.organizationId());
        return n > 0;
    }

    public void evictAll() {
        deptByAppId.clear();
        itemsByDept.clear();
        customers.clear();
        guards.clear();
    }

    /** Customers a salesman maintains (sales scope); their developer accounts. */
    public List<Long> deptIdsOfAssistant(Long salesmanId) {
        return jdbc.queryForList("""
                select d.dept_id from dept_view d join customer_view c on c.organization_id = d.organization_id
                where c.assistant_id = ? and not c.deleted""", Long.class, salesmanId);
    }

    // ------------------------------------------------------------------ mapping

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    private String writeSources(List<SourceConfig> sources) {
        try {
            return json.writeValueAsString(sources == null ? List.of() : sources);
        } catch (Exception e) {
            return "[]";
        }
    }

    static DeptView dept(ResultSet rs, int i) throws SQLException {
        return new DeptView(rs.getLong("dept_id"), (Long) rs.getObject("organization_id"), (Long) rs.getObject("user_id"),
                rs.getString("dept_name"), rs.getString("app_id"), rs.getString("app_secret_enc"), rs.getString("env"),
                (Integer) rs.getObject("status"), rs.getString("white_ip_list"), rs.getLong("version"));
    }

    private DeptItemView item(ResultSet rs, int i) throws SQLException {
        List<SourceConfig> sources;
        try {
            sources = json.readValue(rs.getString("source_list"), SOURCES);
        } catch (Exception e) {
            sources = List.of();
        }
        return new DeptItemView(rs.getLong("dept_item_id"), rs.getLong("dept_id"), (Long) rs.getObject("organization_id"),
                (Long) rs.getObject("merchant_id"), (Long) rs.getObject("user_id"), rs.getString("check_item"),
                rs.getString("item_name"), rs.getBoolean("is_fusion"), (Long) rs.getObject("fusion_dept_item_id"),
                rs.getInt("state"), rs.getInt("is_open"), rs.getInt("fee_type"), (Integer) rs.getObject("charge_type"),
                rs.getBigDecimal("fee"), rs.getInt("free_count"), (Integer) rs.getObject("cache_fetch_days"),
                (Integer) rs.getObject("contract_state"), rs.getString("org_code"), sources, rs.getBoolean("deleted"),
                rs.getLong("version"));
    }

    static CustomerView customer(ResultSet rs, int i) throws SQLException {
        return new CustomerView(rs.getLong("organization_id"), (Long) rs.getObject("merchant_id"),
                (Long) rs.getObject("user_id"), rs.getString("organization_name"), (Integer) rs.getObject("state"),
                (Integer) rs.getObject("customer_type"), (Long) rs.getObject("assistant_id"), rs.getBoolean("deleted"),
                rs.getLong("version"));
    }

    static WalletGuardView guard(ResultSet rs, int i) throws SQLException {
        Timestamp changed = rs.getTimestamp("changed_at");
        return new WalletGuardView(rs.getLong("wallet_id"), rs.getLong("organization_id"), (Long) rs.getObject("merchant_id"),
                (Integer) rs.getObject("overdraft_state"), rs.getBigDecimal("available"), (Integer) rs.getObject("state"),
                rs.getBoolean("exhausted"), rs.getLong("version"), changed == null ? null : changed.toLocalDateTime());
    }
}
