package com.nuoer.billing.payment;

import com.nuoer.billing.BillingAudit;
import com.nuoer.billing.invoice.LockedStatements;
import com.nuoer.billing.payment.PaymentDtos.AddPaymentRequest;
import com.nuoer.billing.payment.PaymentDtos.PaymentView;
import com.nuoer.billing.payment.WalletCreditClient.WalletCredit;
import com.nuoer.billing.statement.Statement;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.error.BizException;
import com.nuoer.common.feign.Remote;
import com.nuoer.common.ids.DocumentNumbers;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment (回款) use cases, flow F8: a salesman records a payment of one of his customers; ops audit it. A pass
 * settles, in the same transaction, the customer's receivable statements oldest billDate first (PaymentSettle rows,
 * statement paymentAmount/paymentState), fixes residue (→ wallet) and the debt left, and writes exactly one
 * {@code PaymentApproved} into the outbox (svc-wallet credits the residue, svc-sales counts the payment). With
 * Seata on ({@link GlobalPaymentAudit}) the pass also credits svc-wallet in the same global transaction.
 *
 * <p>Royalty: svc-sales has no internal endpoint answering the royalty rate valid at a date (only floorPrice,
 * scope and customerCount), so {@code royaltyRate}/{@code royaltyAmount} stay null here and svc-sales keeps
 * computing royalties from its own maintain records.
 */
@Service
public class PaymentService {

    private static final DateTimeFormatter NO = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PaymentRepository payments;
    private final PaymentSettleRepository settles;
    private final LockedStatements statements;
    private final PaymentQueries queries;
    private final OutboxPublisher outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final WalletCreditClient wallet;
    private final PaymentFaults faults;

    public PaymentService(PaymentRepository payments, PaymentSettleRepository settles, LockedStatements statements,
                          PaymentQueries queries, OutboxPublisher outbox, JdbcTemplate jdbc, Clock clock,
                          WalletCreditClient wallet, PaymentFaults faults) {
        this.payments = payments;
        this.settles = settles;
        this.statements = statements;
        this.queries = queries;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.wallet = wallet;
        this.faults = faults;
    }

    private BillingAudit billingAudit;

    @org.springframework.beans.factory.annotation.Autowired
    void setBillingAudit(BillingAudit billingAudit) {
        this.billingAudit = billingAudit;
    }

    @Transactional
    public String add(AddPaymentRequest r, StatementScope scope) {
        if (!queries.customerVisible(r.customerId(), scope)) {
            throw BizException.notFound("客户");
        }
        SessionInfo s = SessionContext.require();
        Long salesmanId = s.salesmanId() != null ? s.salesmanId() : s.userId();
        String name = s.realName() != null ? s.realName() : s.nickname() != null ? s.nickname() : s.username();
        LocalDateTime now = LocalDateTime.now(clock);
        String no = "HK" + now.format(NO) + DocumentNumbers.serial(jdbc, "payment_no_seq", 4);
        Payment p = Payment.add(no, r.customerId(), salesmanId, name, r.amount(), r.paymentDate(),
                r.certificateList(), r.remark() == null ? null : r.remark().trim(), now);
        payments.save(p);
        billingAudit.record("payment.add", "payment", no, null, BillingAudit.of(p));
        return no;
    }

    /**
     * ops audit, the outbox flow: a pass settles and writes {@code PaymentApproved} in one local transaction, and
     * svc-wallet credits the residue when the event arrives. A repeated pass / reject of a payment already in that
     * state is answered as done.
     */
    @Transactional
    public void audit(String paymentNo, boolean pass, String rejectReason) {
        decide(paymentNo, pass, rejectReason).ifPresent(this::publish);
    }

    /**
     * ops audit pass, the local part of the Seata global transaction ({@link GlobalPaymentAudit}): settle, credit
     * the residue in svc-wallet now (a branch of the same global transaction), then write {@code PaymentApproved}
     * (svc-sales counts it; svc-wallet's consumer finds the paymentNo credited and changes nothing). Empty when the
     * payment had passed before (nothing to do).
     */
    @Transactional
    public Optional<WalletCredit> auditCrediting(String paymentNo) {
        Optional<PaymentApproved> approved = decide(paymentNo, true, null);
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        WalletCredit credit = Remote.data("svc-wallet", wallet.credit(approved.get()));
        faults.at(PaymentFaults.AFTER_CREDIT);
        publish(approved.get());
        return Optional.ofNullable(credit);
    }

    /** The audit decision in the caller's transaction; the event of a pass that happened now. */
    private Optional<PaymentApproved> decide(String paymentNo, boolean pass, String rejectReason) {
        Payment p = payments.lockByPaymentNo(paymentNo).orElseThrow(() -> BizException.notFound("回款记录"));
        Long by = SessionContext.current().map(SessionInfo::userId).orElse(null);
        LocalDateTime now = LocalDateTime.now(clock);
        var before = BillingAudit.of(p);
        if (!pass) {
            if (p.reject(rejectReason, by, now)) {
                payments.save(p);
                billingAudit.record("payment.reject", "payment", paymentNo, before, BillingAudit.of(p));
            }
            return Optional.empty();
        }
        if (!p.pass(by, now)) {
            return Optional.empty();
        }
        BigDecimal left = p.getAmount();
        BigDecimal debt = BigDecimal.ZERO;
        for (Statement s : statements.lockSentOfOrganization(p.getCustomerId())) {
            if (left.signum() > 0 && s.isSettleable()) {
                BigDecimal used = s.settle(left, now);
                if (used.signum() > 0) {
                    statements.save(s);
                    settles.save(new PaymentSettle(p.getId(), s.getId(), s.getStatementNo(), used, by, now));
                    left = left.subtract(used);
                }
            }
            debt = debt.add(s.receivableAmount());
        }
        p.settled(p.getAmount().subtract(left), debt, null, now);
        payments.save(p);
        Long merchantId = jdbc.query("select merchant_id from customer_view where organization_id = ?",
                (rs, i) -> (Long) rs.getObject(1), p.getCustomerId()).stream().findFirst().orElse(null);
        billingAudit.record("payment.pass", "payment", paymentNo, before, BillingAudit.of(p));
        return Optional.of(new PaymentApproved(
                p.getPaymentNo(), p.getCustomerId(), merchantId, p.getAmount(), p.getSettledAmount(),
                p.getResidueAmount(), p.getAfterDebtAmount(), p.getSalesmanId(), p.getRoyaltyRate(),
                p.getRoyaltyAmount(), p.getPaymentDate(), p.getAuditTime()));
    }

    private void publish(PaymentApproved e) {
        outbox.publish(Topics.BILLING_EVENT, EventTypes.PAYMENT_APPROVED, e.paymentNo(), e);
    }

    public PaymentView detail(String paymentNo, StatementScope scope) {
        return queries.one(paymentNo, scope).orElseThrow(() -> BizException.notFound("回款记录"));
    }

}
