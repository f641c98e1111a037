package com.nuoer.wallet.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.wallet.client.CustomerContactClient.Contact;
import com.nuoer.wallet.customer.CustomerDirectory;
import com.nuoer.wallet.customer.CustomerView;
import com.nuoer.wallet.wallet.WalletDtos.AddWalletRequest;
import com.nuoer.wallet.wallet.WalletDtos.ConfigWalletRequest;
import com.nuoer.wallet.wallet.WalletDtos.ContactView;
import com.nuoer.wallet.wallet.WalletDtos.CrmRechargeRequest;
import com.nuoer.wallet.wallet.WalletDtos.EditWalletRequest;
import com.nuoer.wallet.wallet.WalletDtos.FlowListRequest;
import com.nuoer.wallet.wallet.WalletDtos.FlowView;
import com.nuoer.wallet.wallet.WalletDtos.MergeRequest;
import com.nuoer.wallet.wallet.WalletDtos.MergeResult;
import com.nuoer.wallet.wallet.WalletDtos.PayRoute;
import com.nuoer.wallet.wallet.WalletDtos.RechargePreview;
import com.nuoer.wallet.wallet.WalletDtos.WalletCreated;
import com.nuoer.wallet.wallet.WalletDtos.WalletSummary;
import com.nuoer.wallet.wallet.WalletDtos.WalletView;
import com.nuoer.wallet.wallet.WalletDtos.WalletWarnView;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet use cases shared by beeback, crm and sales (only the scoping differs, decided by the controllers from
 * the session): lists, flows, settings, default wallet creation, extra wallets, merge and the crm manual recharge.
 * Every money movement goes through {@link WalletLedger}.
 */
@Service
public class WalletService {

    public static final String MERGE_PREFIX = "MERGE-";
    public static final String MANUAL_PREFIX = "MR-";

    private final WalletRepository wallets;
    private final WalletLedger ledger;
    private final ContactDirectory contacts;
    private final CustomerDirectory customers;
    private final OutboxPublisher outbox;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public WalletService(WalletRepository wallets, WalletLedger ledger, ContactDirectory contacts,
                         CustomerDirectory customers, OutboxPublisher outbox, JdbcTemplate jdbc, ObjectMapper json,
                         Clock clock) {
        this.wallets = wallets;
        this.ledger = ledger;
        this.contacts = contacts;
        this.customers = customers;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ scoping

    /** The wallets a beeback caller may see: those of the session's organisation (enterpriseId). */
    public Wallet ownWallet(SessionInfo session, Long walletId) {
        Long org = session.enterpriseId();
        return wallets.findById(walletId).filter(w -> org != null && org.equals(w.getOrganizationId()))
                .orElseThrow(() -> BizException.notFound("钱包"));
    }

    public Wallet anyWallet(Long walletId) {
        return wallets.findById(walletId).orElseThrow(() -> BizException.notFound("钱包"));
    }

    /** A crm caller names the merchant: the wallet must be one of that merchant's. */
    public Wallet walletOfMerchant(Long merchantId, Long walletId) {
        return wallets.findById(walletId).filter(w -> w.getMerchantId().equals(merchantId))
                .orElseThrow(() -> BizException.notFound("钱包"));
    }

    /** Sales: only the salesman's customers (customer_view.assistant_id) unless he manages the app. */
    public void requireSalesCustomer(SessionInfo session, Long merchantId) {
        Optional<CustomerView> customer = customers.byMerchant(merchantId);
        boolean visible = customer.isPresent() && !customer.get().deleted()
                && (Boolean.TRUE.equals(session.isAppManage())
                    || (session.salesmanId() != null && session.salesmanId().equals(customer.get().assistantId())));
        if (!visible) {
            throw BizException.notFound("客户");
        }
    }

    // ------------------------------------------------------------------ queries

    @Transactional(readOnly = true)
    public List<WalletView> listOfOrganization(Long organizationId) {
        return views(organizationId == null ? List.of()
                : wallets.findByOrganizationIdOrderByIsDefaultDescIdAsc(organizationId));
    }

    @Transactional(readOnly = true)
    public List<WalletView> listOfMerchant(Long merchantId) {
        return views(wallets.findByMerchantIdOrderByIsDefaultDescIdAsc(merchantId));
    }

    @Transactional(readOnly = true)
    public PageResult<FlowView> flows(Wallet wallet, FlowListRequest q) {
        StringBuilder where = new StringBuilder(" where wallet_id = ? and after_balance is not null");
        List<Object> args = new ArrayList<>();
        args.add(wallet.getId());
        if (q.flowType() != null && !q.flowType().isBlank()) {
            where.append(" and flow_type = ?");
            args.add(q.flowType());
        }
        if (q.bizTypeList() != null && !q.bizTypeList().isEmpty()) {
            Set<String> types = new LinkedHashSet<>();
            q.bizTypeList().forEach(t -> types.add("bizPay".equals(t) ? "pay" : t));
            where.append(" and biz_type in (").append(String.join(",", types.stream().map(t -> "?").toList()))
                    .append(")");
            args.addAll(types);
        }
        if (q.createTimeGte() != null) {
            where.append(" and create_time >= ?");
            args.add(time("createTimeGte", q.createTimeGte()));
        }
        if (q.createTimeLte() != null) {
            where.append(" and create_time <= ?");
            args.add(time("createTimeLte", q.createTimeLte()));
        }
        Object[] params = args.toArray();
        return q.slice().run(
                () -> jdbc.queryForObject("select count(*) from wallet_flow" + where, Long.class, params),
                (offset, limit) -> {
                    List<Object> page = new ArrayList<>(args);
                    page.add(limit);
                    page.add(offset);
                    return jdbc.query("""
                            select id, create_by, create_time, modify_time, wallet_id, flow_no, flow_type, biz_type,
                                   pay_method, business_no, fee_name, flow_amount, after_balance, tenant_id, appcode
                            from wallet_flow""" + where + " order by id desc limit ? offset ?",
                            (rs, i) -> new FlowView(rs.getLong(1), (Long) rs.getObject(2),
                                    rs.getTimestamp(3).toLocalDateTime(), rs.getTimestamp(4).toLocalDateTime(),
                                    rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                    rs.getString(9), rs.getString(10), rs.getString(11), rs.getBigDecimal(12),
                                    rs.getBigDecimal(13), rs.getLong(14), rs.getString(15)),
                            page.toArray());
                });
    }

    @Transactional(readOnly = true)
    public WalletWarnView warnView(Wallet w) {
        Map<Long, Contact> byId = resolveContacts(w.getOrganizationId(), w.contactIds());
        return new WalletWarnView(w.getId(), w.getBalance(), w.getOverdraftState(), w.getOverdraftQuota(),
                w.getForewarnThreshold(), contactViews(w.contactIds(), byId));
    }

    /** The default wallet of the beeback caller (queryWallet without walletId). */
    public Wallet defaultWallet(SessionInfo session) {
        return Optional.ofNullable(session.enterpriseId())
                .flatMap(wallets::findFirstByOrganizationIdAndIsDefaultTrue)
                .orElseThrow(() -> BizException.notFound("钱包"));
    }

    @Transactional(readOnly = true)
    public WalletSummary summary(Long organizationId) {
        List<Wallet> own = wallets.findByOrganizationIdOrderByIsDefaultDescIdAsc(organizationId).stream()
                .filter(w -> !w.isClosed()).toList();
        BigDecimal balance = own.stream().map(Wallet::getBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal quota = own.stream().map(Wallet::getOverdraftQuota).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overdue = own.stream().map(Wallet::getBalance).filter(b -> b.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        return new WalletSummary(balance, overdue, quota);
    }

    // ------------------------------------------------------------------ commands

    /** CustomerRegistered: the default wallet, once per merchant (the partial unique index decides). */
    @Transactional
    public boolean createDefault(CustomerRegistered e) {
        boolean monthly = Boolean.TRUE.equals(e.isMonthlySettle());
        BigDecimal quota = e.overdraftQuota() == null ? BigDecimal.ZERO : e.overdraftQuota();
        int overdraftState = monthly ? WalletSnapshot.OVERDRAFT_MONTHLY
                : quota.signum() > 0 ? WalletSnapshot.OVERDRAFT_ALLOWED : WalletSnapshot.OVERDRAFT_PREPAID;
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        List<Long> created = jdbc.queryForList("""
                insert into wallet (organization_id, merchant_id, user_id, account_name, account_type, is_default, state,
                                    overdraft_state, overdraft_quota, create_time, modify_time)
                values (?, ?, ?, ?, 20, true, 10, ?, ?, ?, ?)
                on conflict (merchant_id) where is_default do nothing
                returning id""", Long.class, e.organizationId(), e.merchantId(), e.userId(),
                e.organizationName() == null ? "默认钱包" : e.organizationName(), overdraftState, quota, now, now);
        if (created.isEmpty()) {
            return false;
        }
        ledger.touch(created.get(0));
        return true;
    }

    /**
     * F15: a disabled or deleted customer's wallets are locked (overdraftState -1: charges only within the balance,
     * the call guard blocks), re-enabling restores the overdraft state they had. WalletChanged for each wallet.
     */
    @Transactional
    public int customerStateChanged(Long organizationId, boolean disabled) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        List<Long> changed = disabled
                ? jdbc.queryForList("""
                        update wallet set locked_overdraft_state = overdraft_state, overdraft_state = -1, modify_time = ?
                        where organization_id = ? and state <> -1 and overdraft_state <> -1 returning id""",
                        Long.class, now, organizationId)
                : jdbc.queryForList("""
                        update wallet set overdraft_state = locked_overdraft_state, locked_overdraft_state = null,
                                          modify_time = ?
                        where organization_id = ? and locked_overdraft_state is not null returning id""",
                        Long.class, now, organizationId);
        changed.forEach(ledger::touch);
        return changed.size();
    }

    private WalletAudit walletAudit;

    @org.springframework.beans.factory.annotation.Autowired
    void setWalletAudit(WalletAudit walletAudit) {
        this.walletAudit = walletAudit;
    }

    @Transactional
    public WalletCreated add(AddWalletRequest r, SessionInfo caller) {
        List<Wallet> existing = wallets.findByMerchantIdOrderByIsDefaultDescIdAsc(r.merchantId());
        Optional<CustomerView> customer = customers.byMerchant(r.merchantId());
        Long org = customer.map(CustomerView::organizationId)
                .orElse(existing.isEmpty() ? null : existing.get(0).getOrganizationId());
        if (org == null) {
            throw BizException.notFound("商户");
        }
        String name = customer.map(CustomerView::name)
                .orElse(existing.isEmpty() ? "钱包" : existing.get(0).getAccountName());
        Long userId = customer.map(CustomerView::userId).orElse(existing.isEmpty() ? null : existing.get(0).getUserId());
        String appcode = r.appcode() == null || r.appcode().isBlank() ? null : r.appcode();
        LocalDateTime now = LocalDateTime.now(clock);
        Wallet w = Wallet.open(org, r.merchantId(), userId, appcode == null ? name : name + "-" + appcode, appcode,
                appcode, r.properSceneList(), caller.userId(), now);
        w.configureOverdraft(r.overdraftState(), r.overdraftQuota(), now);
        requireOwnContacts(org, r.forewarnContactList());
        w.configureForewarn(r.forewarnThreshold(), r.forewarnContactList(), now);
        w = wallets.saveAndFlush(w);
        WalletSnapshot created = ledger.touch(w.getId());
        walletAudit.settingsChanged("wallet.create", w.getId(), null, WalletAudit.settings(w, created));
        return new WalletCreated(w.getId());
    }

    @Transactional
    public void edit(long walletId, EditWalletRequest r) {
        LocalDateTime now = LocalDateTime.now(clock);
        Wallet w = lockAndLoad(walletId);
        var before = WalletAudit.settings(w, ledger.current(w.getId()));
        w.configureOverdraft(r.overdraftState(), r.overdraftQuota(), now);
        requireOwnContacts(w.getOrganizationId(), r.forewarnContactList());
        w.configureForewarn(r.forewarnThreshold(), r.forewarnContactList(), now);
        wallets.saveAndFlush(w);
        WalletSnapshot after = ledger.touch(w.getId());
        walletAudit.settingsChanged("wallet.overdraft", w.getId(), before, WalletAudit.settings(w, after));
    }

    @Transactional
    public void configure(long walletId, ConfigWalletRequest r) {
        LocalDateTime now = LocalDateTime.now(clock);
        Wallet w = lockAndLoad(walletId);
        var before = WalletAudit.settings(w, ledger.current(w.getId()));
        requireOwnContacts(w.getOrganizationId(), r.forewarnContactList());
        w.configureForewarn(r.forewarnThreshold(), r.forewarnContactList(), now);
        wallets.saveAndFlush(w);
        WalletSnapshot after = ledger.touch(w.getId());
        walletAudit.settingsChanged("wallet.forewarn", w.getId(), before, WalletAudit.settings(w, after));
    }

    /**
     * Merge {@code from} into {@code to}: both rows locked in id order (no deadlock with a merge the other way
     * round), the whole balance moved by a pair of {@code transfer} flows (out of the source, into the target;
     * reversed for a negative balance), the source closed for good and later charges of it redirected to the target.
     * Repeating a merge that already happened answers its result again.
     */
    @Transactional
    public MergeResult merge(MergeRequest r) {
        requireOfMerchant(r.merchantId(), r.fromWalletId());
        requireOfMerchant(r.merchantId(), r.toWalletId());
        if (r.fromWalletId().equals(r.toWalletId())) {
            throw WalletErrors.MERGE_SAME.error();
        }
        ledger.lock(Math.min(r.fromWalletId(), r.toWalletId()));
        ledger.lock(Math.max(r.fromWalletId(), r.toWalletId()));
        Wallet from = anyWallet(r.fromWalletId());
        Wallet to = anyWallet(r.toWalletId());
        String businessNo = MERGE_PREFIX + from.getId() + "-" + to.getId();
        WalletSnapshot source = ledger.current(from.getId());
        if (source.state() == Wallet.STATE_CLOSED && to.getId().equals(mergedInto(from.getId()))) {
            return new MergeResult(from.getId(), to.getId(), transferred(from.getId(), businessNo),
                    ledger.current(to.getId()).balance());
        }
        WalletSnapshot target = ledger.current(to.getId());
        BigDecimal amount = source.balance();
        if (amount.signum() < 0 && target.overdraftState() != WalletSnapshot.OVERDRAFT_MONTHLY) {
            BigDecimal available = target.available();
            if (available.compareTo(amount.negate()) < 0) {
                throw WalletErrors.MERGE_DEBT.error();
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        from.closeInto(to, now);   // validates (default, closed) before any money moves
        boolean positive = amount.signum() >= 0;
        BigDecimal abs = amount.abs();
        String fee = "钱包合并";
        WalletLedger.Result out = ledger.apply(new WalletLedger.Change(from.getId(), !positive, "transfer", "WALLET",
                businessNo, fee, abs, null, from.getAppcode(), null, false));
        WalletLedger.Result in = ledger.apply(new WalletLedger.Change(to.getId(), positive, "transfer", "WALLET",
                businessNo, fee, abs, null, to.getAppcode(), null, false));
        walletAudit.money("wallet.mergeOut", out, !positive, abs, businessNo);
        walletAudit.money("wallet.mergeIn", in, positive, abs, businessNo);
        wallets.saveAndFlush(from);
        ledger.touch(from.getId());
        return new MergeResult(from.getId(), to.getId(), amount,
                in.applied() ? in.wallet().balance() : ledger.current(to.getId()).balance());
    }

    /**
     * crm manual recharge (F9-3): unconfirmed → 40910 with the preview (and a requestId to confirm with); confirmed →
     * one {@code recharge} flow, businessNo {@code MR-<requestId>}, so a repeated confirmation credits once.
     */
    @Transactional
    public RechargePreview manualRecharge(long walletId, CrmRechargeRequest r, SessionInfo caller) {
        Wallet w = anyWallet(walletId);
        w.requireOpen();
        String requestId = r.requestId() == null || r.requestId().isBlank()
                ? UUID.randomUUID().toString().replace("-", "") : r.requestId();
        BigDecimal amount = r.rechargeAmount().setScale(2);
        if (!Boolean.TRUE.equals(r.confirmed())) {
            BigDecimal balance = ledger.current(w.getId()).balance();
            throw WalletErrors.RECHARGE_CONFIRM.error(new RechargePreview(w.getId(), w.getAccountName(), balance,
                    amount, balance.add(amount), requestId, false, null));
        }
        WalletLedger.Result result = ledger.apply(new WalletLedger.Change(w.getId(), true, "recharge", "OFFLINE",
                MANUAL_PREFIX + requestId, "运营手动充值", amount, null, w.getAppcode(), caller.userId(), false));
        walletAudit.money("wallet.recharge", result, true, amount, MANUAL_PREFIX + requestId);
        if (result.outcome() == WalletLedger.Outcome.DUPLICATE) {
            WalletSnapshot now = ledger.current(w.getId());
            return new RechargePreview(w.getId(), w.getAccountName(), now.balance().subtract(amount), amount,
                    now.balance(), requestId, true, flowNo(w.getId(), "recharge", MANUAL_PREFIX + requestId));
        }
        if (Boolean.TRUE.equals(r.sendSms())) {
            notifyRecharge(w, amount, result.wallet().balance(), requestId);
        }
        return new RechargePreview(w.getId(), w.getAccountName(), result.wallet().balance().subtract(amount), amount,
                result.wallet().balance(), requestId, true, result.flowNo());
    }

    // ------------------------------------------------------------------ helpers

    private void notifyRecharge(Wallet w, BigDecimal amount, BigDecimal balance, String requestId) {
        customers.byMerchant(w.getMerchantId()).ifPresent(c -> {
            Map<String, String> params = Map.of("organizationName", c.name() == null ? "" : c.name(),
                    "amount", amount.toPlainString(), "balance", balance.toPlainString());
            String content = "尊敬的" + params.get("organizationName") + "：您的钱包已充值" + amount.toPlainString()
                    + "元，当前余额" + balance.toPlainString() + "元。";
            if (c.mobile() != null) {
                outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, w.getId(), new SendNotice(
                        SendNotice.SMS, c.mobile(), List.of(), null, params, "钱包充值到账", content, null,
                        c.userId(), "crm", "wallet-recharge:" + requestId + ":sms"));
            }
            if (c.email() != null) {
                outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, w.getId(), new SendNotice(
                        SendNotice.EMAIL, c.email(), List.of(), null, params, "钱包充值到账", content, null,
                        c.userId(), "crm", "wallet-recharge:" + requestId + ":email"));
            }
        });
    }

    private static Timestamp time(String field, String text) {
        try {
            return Timestamp.valueOf(LocalDateTime.parse(text,
                    java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                            .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
        } catch (java.time.DateTimeException e) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, field + ": 不是有效的时间");
        }
    }

    private Wallet lockAndLoad(long walletId) {
        ledger.lock(walletId);
        return anyWallet(walletId);
    }

    private void requireOfMerchant(Long merchantId, Long walletId) {
        List<Long> owner = jdbc.queryForList("select merchant_id from wallet where id = ?", Long.class, walletId);
        if (owner.isEmpty() || !owner.get(0).equals(merchantId)) {
            throw BizException.notFound("钱包");
        }
    }

    private Long mergedInto(long walletId) {
        return jdbc.queryForObject("select merged_into from wallet where id = ?", Long.class, walletId);
    }

    private BigDecimal transferred(long fromId, String businessNo) {
        return jdbc.query("select flow_type, flow_amount from wallet_flow where wallet_id = ? and biz_type = 'transfer' "
                        + "and business_no = ?", (rs, i) -> "out".equals(rs.getString(1)) ? rs.getBigDecimal(2)
                        : rs.getBigDecimal(2).negate(), fromId, businessNo)
                .stream().findFirst().orElse(BigDecimal.ZERO);
    }

    private String flowNo(long walletId, String bizType, String businessNo) {
        return jdbc.query("select flow_no from wallet_flow where wallet_id = ? and biz_type = ? and business_no = ?",
                (rs, i) -> rs.getString(1), walletId, bizType, businessNo).stream().findFirst().orElse(null);
    }

    /** Contact ids must be the organisation's own (checked when svc-customer answers; accepted as given otherwise). */
    private void requireOwnContacts(Long organizationId, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        contacts.of(organizationId, ids).ifPresent(found -> {
            Set<Long> known = new LinkedHashSet<>();
            found.forEach(c -> known.add(c.id()));
            for (Long id : ids) {
                if (!known.contains(id)) {
                    throw new BizException(ErrorCode.NOT_FOUND, "预警联系人" + id + "不存在");
                }
            }
        });
    }

    private List<WalletView> views(List<Wallet> list) {
        Map<Long, Map<Long, Contact>> byOrg = new HashMap<>();
        for (Wallet w : list) {
            byOrg.computeIfAbsent(w.getOrganizationId(), org -> resolveContacts(org, allIds(list, org)));
        }
        return list.stream().map(w -> toView(w, byOrg.get(w.getOrganizationId()))).toList();
    }

    private static List<Long> allIds(List<Wallet> list, Long org) {
        Set<Long> ids = new LinkedHashSet<>();
        list.stream().filter(w -> w.getOrganizationId().equals(org)).forEach(w -> ids.addAll(w.contactIds()));
        return new ArrayList<>(ids);
    }

    private Map<Long, Contact> resolveContacts(Long organizationId, Collection<Long> ids) {
        Map<Long, Contact> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        contacts.of(organizationId, new ArrayList<>(ids)).ifPresent(found -> found.forEach(c -> byId.put(c.id(), c)));
        return byId;
    }

    private static List<ContactView> contactViews(List<Long> ids, Map<Long, Contact> byId) {
        return ids.stream().map(id -> {
            Contact c = byId.get(id);
            return c == null ? new ContactView(id, null, null, null, null, null)
                    : new ContactView(c.id(), c.linkman(), c.mobile(), c.email(), c.webhook(), c.isDefault());
        }).toList();
    }

    private static WalletView toView(Wallet w, Map<Long, Contact> byId) {
        List<PayRoute> routes = w.getAppcode() == null ? List.of()
                : List.of(new PayRoute(w.getAppcode(), w.getAppName(), w.scenes()));
        return new WalletView(w.getId(), w.getUserId(), w.getAccountName(), w.getAccountType(), w.getIsDefault(),
                w.getState(), w.getBalance(), w.getOverdraftState(), w.getOverdraftQuota(), w.getForewarnThreshold(),
                contactViews(w.contactIds(), byId), routes, w.getTenantId());
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
