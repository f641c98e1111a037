package com.nuoer.wallet.recharge;

import com.nuoer.common.error.BizException;
import com.nuoer.common.ids.DocumentNumbers;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.wallet.recharge.RechargeDtos.ApplyPayResult;
import com.nuoer.wallet.recharge.RechargeDtos.ApplyRechargeRequest;
import com.nuoer.wallet.recharge.RechargeDtos.CallbackResult;
import com.nuoer.wallet.recharge.RechargeDtos.ExtraData;
import com.nuoer.wallet.recharge.RechargeDtos.PayDataView;
import com.nuoer.wallet.recharge.RechargeDtos.PayOrderView;
import com.nuoer.wallet.recharge.RechargeDtos.WechatPayExtraView;
import com.nuoer.wallet.wallet.Wallet;
import com.nuoer.wallet.wallet.WalletLedger.Change;
import com.nuoer.wallet.wallet.WalletLedger;
import com.nuoer.wallet.wallet.WalletRepository;
import com.nuoer.wallet.wallet.WalletService;
import com.nuoer.wallet.wallet.WalletSnapshot;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.seata.core.context.RootContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recharges (F9, F8-4): online applications (PayOrder + provider), their completion by the provider's callback,
 * and the residue of an approved payment. Each credits through {@link WalletLedger} with a unique business number
 * (payNo, payNo-GIVE, paymentNo), so every cause is credited exactly once.
 */
@Service
public class RechargeService {

    private static final Logger log = LoggerFactory.getLogger(RechargeService.class);
    private static final DateTimeFormatter NO_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PayOrderRepository orders;
    private final WalletRepository walletRepository;
    private final WalletService wallets;
    private final WalletLedger ledger;
    private final List<PaymentProvider> providers;
    private final SandboxPaymentProvider sandbox;
    private final RechargeProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RechargeService(PayOrderRepository orders, WalletRepository walletRepository, WalletService wallets,
                           WalletLedger ledger, List<PaymentProvider> providers, SandboxPaymentProvider sandbox,
                           RechargeProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.orders = orders;
        this.walletRepository = walletRepository;
        this.wallets = wallets;
        this.ledger = ledger;
        this.providers = providers;
        this.sandbox = sandbox;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 2.9.3: a pay order for one of the caller's wallets (the default one when walletId is absent). */
    @Transactional
    public PayOrderView apply(SessionInfo session, ApplyRechargeRequest r) {
        Wallet w = r.walletId() == null ? wallets.defaultWallet(session) : wallets.ownWallet(session, r.walletId());
        w.requireOpen();
        if ("WALLET".equals(r.payMethod())) {
            throw BizException.badRequest("payMethod: 钱包充值不能使用钱包支付");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        BigDecimal amount = r.rechargeAmount().setScale(2);
        Optional<RechargeProperties.GiveRule> rule = properties.giveRules().stream()
                .filter(g -> amount.compareTo(g.minAmount()) >= 0)
                .max(Comparator.comparing(RechargeProperties.GiveRule::minAmount));
        BigDecimal give = rule.map(RechargeProperties.GiveRule::giveQuota).orElse(BigDecimal.ZERO);
        boolean onlyNew = rule.map(RechargeProperties.GiveRule::onlyNewGive).orElse(false);
        String payNo = "PAY" + now.format(NO_TIME) + DocumentNumbers.serial(jdbc, "pay_order_no_seq", 6);
        long expire = properties.expireSeconds();
        PayOrder order = PayOrder.apply(payNo, blankToNull(r.payMethod()), amount, give, onlyNew, w.getId(),
                w.getOrganizationId(), session.userId(), r.payerOpenid(), r.applyAppType(), now.plusSeconds(expire), now);
        PaymentProvider.PayData data = null;
        if (order.getPayMethod() != null) {
            data = payData(order, expire);
            order.attachPayData(data);
        }
        order = orders.saveAndFlush(order);
        return view(order, data);
    }

    /**
     * The provider says the order was paid: verified signature, amount and expiry; {@code 0 → 10} by one
     * conditional update, then the credit (and the bonus). A repeated callback answers the completed order.
     */
    private com.nuoer.wallet.wallet.WalletAudit walletAudit;

    @org.springframework.beans.factory.annotation.Autowired
    void setWalletAudit(com.nuoer.wallet.wallet.WalletAudit walletAudit) {
        this.walletAudit = walletAudit;
    }

    @Transactional
    public CallbackResult complete(String payNo, BigDecimal amount, String tradeNo, String sign) {
        String expected = sandbox.callbackSignature(payNo, amount.setScale(2).toPlainString(), tradeNo);
        if (!java.security.MessageDigest.isEqual(expected.getBytes(), sign.getBytes())) {
            throw com.nuoer.wallet.wallet.WalletErrors.BAD_SIGNATURE.error();
        }
        PayOrder order = orders.findByPayNo(payNo).orElseThrow(() -> BizException.notFound("支付单"));
        if (order.getState() == PayOrder.STATE_PAID) {
            return result(order.getPayNo());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        order.checkPayable(amount, now);
        int won = jdbc.update("""
                update pay_order set state = 10, paid_time = ?, trade_no = ?, modify_time = ?
                where id = ? and state = 0""", now, tradeNo, now, order.getId());
        if (won == 0) {
            return result(order.getPayNo());
        }
        long walletId = ledger.receiving(order.getWalletId()).orElseThrow();
        boolean firstRecharge = jdbc.queryForObject("""
                select count(*) = 0 from pay_order where wallet_id = ? and state = 10 and id <> ?""",
                Boolean.class, order.getWalletId(), order.getId());
        WalletLedger.Result credit = ledger.apply(new Change(walletId, true, "recharge", order.getPayMethod(),
                order.getPayNo(), "在线充值", order.getAmount(), null, null, null, false));
        walletAudit.money("wallet.onlineRecharge", credit, true, order.getAmount(), order.getPayNo());
        BigDecimal give = order.getGiveQuota();
        if (give != null && give.signum() > 0 && (!Boolean.TRUE.equals(order.getOnlyNewGive()) || firstRecharge)) {
            walletAudit.money("wallet.rechargeBonus", ledger.apply(new Change(walletId, true, "recharge",
                    order.getPayMethod(), order.getPayNo() + "-GIVE", "充值赠送", give, null, null, null, false)),
                    true, give, order.getPayNo() + "-GIVE");
        }
        jdbc.update("update pay_order set wallet_flow_no = ? where id = ?", credit.flowNo(), order.getId());
        return result(order.getPayNo());
    }

    /**
     * F8-4: the residue of an approved payment goes to the customer's default wallet, once per paymentNo. Two callers
     * share it: the {@code PaymentApproved} consumer (outbox flow) and svc-billing's audit through
     * {@code POST /internal/wallet/payment/credit} inside the Seata global transaction; whichever comes second finds
     * the flow claimed (businessNo = paymentNo) and changes nothing.
     */
    @Transactional
    public PaymentCredit creditPayment(PaymentApproved p) {
        BigDecimal residue = p.residueAmount();
        if (residue == null || residue.signum() <= 0) {
            return new PaymentCredit(p.paymentNo(), WalletLedger.Outcome.DUPLICATE, null, null, null);
        }
        Wallet w = walletRepository.findFirstByOrganizationIdAndIsDefaultTrue(p.customerId())
                .or(() -> Optional.ofNullable(p.merchantId()).flatMap(walletRepository::findFirstByMerchantIdAndIsDefaultTrue))
                .orElseThrow(() -> new IllegalStateException("no default wallet of customer " + p.customerId()
                        + " yet; payment " + p.paymentNo() + " retried later"));
        long walletId = ledger.receiving(w.getId()).orElseThrow();
        WalletLedger.Result r = ledger.apply(new Change(walletId, true, "recharge", "OFFLINE", p.paymentNo(),
                "回款充值", residue, null, null, null, false));
        walletAudit.money("wallet.paymentCredit", r, true, residue, p.paymentNo());
        if (r.applied() && RootContext.inGlobalTransaction()) {
            holdEventsOfGlobalCredit(walletId);
        }
        if (r.outcome() == WalletLedger.Outcome.DUPLICATE) {
            log.info("payment {} was credited before", p.paymentNo());
        }
        WalletSnapshot after = r.wallet() != null ? r.wallet() : ledger.current(walletId);
        return new PaymentCredit(p.paymentNo(), r.outcome(), walletId, r.flowNo(),
                after == null ? null : after.balance());
    }

    /**
     * A credit inside the Seata global transaction commits its branch (and its WalletChanged/AuditRecorded outbox
     * rows) before the global transaction ends. Were the relay to send and mark them at once, a global rollback
     * would find those rows changed (dirty) and could not compensate the branch; so they wait
     * {@value #GLOBAL_EVENT_HOLD_SECONDS} s (the audit finishes in milliseconds) — after a rollback they are gone.
     */
    private void holdEventsOfGlobalCredit(long walletId) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("""
                update outbox_event set next_attempt_at = ?
                where aggregate_id = ? and published_at is null and next_attempt_at <= ?""",
                java.sql.Timestamp.valueOf(now.plusSeconds(GLOBAL_EVENT_HOLD_SECONDS)), String.valueOf(walletId),
                java.sql.Timestamp.valueOf(now));
    }

    static final long GLOBAL_EVENT_HOLD_SECONDS = 5;

    /** What {@link #creditPayment} did: APPLIED, or DUPLICATE (credited before, or no residue); the wallet after it. */
    public record PaymentCredit(String paymentNo, WalletLedger.Outcome outcome, Long walletId, String flowNo,
                                BigDecimal balance) {
    }

    private CallbackResult result(String payNo) {
        PayOrder o = orders.findByPayNo(payNo).orElseThrow();
        return jdbc.query("""
                select p.state, p.wallet_flow_no, w.balance from pay_order p join wallet w on w.id = p.wallet_id
                where p.pay_no = ?""", (rs, i) -> new CallbackResult(payNo, rs.getInt(1), rs.getString(2),
                rs.getBigDecimal(3)), o.getPayNo()).get(0);
    }

    private PaymentProvider.PayData payData(PayOrder order, long expire) {
        if ("OFFLINE".equals(order.getPayMethod())) {
            return new PaymentProvider.PayData(null, expire, null,
                    "请通过银行转账支付" + order.getAmount().toPlainString() + "元，并在附言中注明支付单号" + order.getPayNo(),
                    null);
        }
        return providers.stream().filter(p -> p.methods().contains(order.getPayMethod())).findFirst()
                .orElseThrow(() -> BizException.badRequest("payMethod: 暂不支持" + order.getPayMethod()))
                .apply(order, expire);
    }

    private static PayOrderView view(PayOrder o, PaymentProvider.PayData data) {
        ApplyPayResult result = null;
        if (data != null) {
            WechatPayExtraView extra = data.wechatPayExtra() == null ? null : new WechatPayExtraView(
                    data.wechatPayExtra().appId(), data.wechatPayExtra().timeStamp(), data.wechatPayExtra().nonceStr(),
                    data.wechatPayExtra().packageValue(), data.wechatPayExtra().signType(),
                    data.wechatPayExtra().paySign());
            result = new ApplyPayResult(false, data.logo(), new PayDataView(data.logo(), data.expireSeconds(),
                    data.payUrl(), data.payInfo(), extra), o.getWalletId(), o.getWalletFlowNo());
        }
        return new PayOrderView(o.getPayNo(), o.getPayType(), o.getPayMethod(), o.getBusinessType(),
                o.getBusinessNo(), o.getState(), o.getFeeName(), o.getOriginAmount(), o.getAmount(), result,
                new ExtraData(o.getGiveQuota(), o.getOnlyNewGive()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
