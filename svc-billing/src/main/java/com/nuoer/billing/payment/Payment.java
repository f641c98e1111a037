package com.nuoer.billing.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A payment received (回款), recorded by a salesman (domain.md §3.2): add → {@code 0 待审核} —audit pass→
 * {@code 10 已通过} (settles statements, the residue goes to the wallet) | reject → {@code -10 已驳回}.
 * Passing a passed payment (or rejecting a rejected one) is answered as done and changes nothing — in particular
 * no second settlement and no second PaymentApproved; any other transition is refused with 40940.
 */
@Entity
@Table(name = "payment")
public class Payment {

    public static final int WAIT_AUDIT = 0;
    public static final int PASSED = 10;
    public static final int REJECTED = -10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "payment_no")
    private String paymentNo;
    @Column(name = "customer_id")
    private Long customerId;
    @Column(name = "salesman_id")
    private Long salesmanId;
    @Column(name = "salesman_name")
    private String salesmanName;
    private BigDecimal amount;
    @Column(name = "settled_amount")
    private BigDecimal settledAmount;
    @Column(name = "residue_amount")
    private BigDecimal residueAmount;
    @Column(name = "after_debt_amount")
    private BigDecimal afterDebtAmount;
    private int state;
    @Column(name = "payment_date")
    private LocalDate paymentDate;
    @Column(name = "audit_time")
    private LocalDateTime auditTime;
    @Column(name = "audit_by")
    private Long auditBy;
    @Column(name = "certificate_list")
    @Convert(converter = LinesConverter.class)
    private List<String> certificateList;
    private String remark;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "royalty_rate")
    private BigDecimal royaltyRate;
    @Column(name = "royalty_amount")
    private BigDecimal royaltyAmount;
    @Column(name = "create_by")
    private Long createBy;
    @Column(name = "create_time")
    private LocalDateTime createTime;
    @Column(name = "modify_time")
    private LocalDateTime modifyTime;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Payment() {
    }

    public static Payment add(String paymentNo, long customerId, Long salesmanId, String salesmanName,
                              BigDecimal amount, LocalDate paymentDate, List<String> certificates, String remark,
                              LocalDateTime now) {
        if (paymentDate.isAfter(now.toLocalDate())) {
            throw PaymentErrors.FUTURE_DATE.exception();
        }
        Payment p = new Payment();
        p.paymentNo = paymentNo;
        p.customerId = customerId;
        p.salesmanId = salesmanId;
        p.salesmanName = salesmanName;
        p.amount = amount.setScale(2, RoundingMode.HALF_UP);
        p.paymentDate = paymentDate;
        p.certificateList = certificates == null ? List.of() : List.copyOf(certificates);
        p.remark = remark;
        p.state = WAIT_AUDIT;
        p.createBy = salesmanId;
        p.createTime = now;
        p.modifyTime = now;
        return p;
    }

    /** Audit pass: 0 → 10; false when it had passed already (nothing to do). */
    public boolean pass(Long by, LocalDateTime now) {
        if (state == PASSED) {
            return false;
        }
        requireWaiting("审核通过");
        state = PASSED;
        auditBy = by;
        auditTime = now;
        modifyTime = now;
        return true;
    }

    /** What the settlement gave: settled part, residue for the wallet, receivables still open, royalty. */
    public void settled(BigDecimal settled, BigDecimal afterDebt, BigDecimal rate, LocalDateTime now) {
        settledAmount = settled.setScale(2, RoundingMode.HALF_UP);
        residueAmount = amount.subtract(settledAmount).max(BigDecimal.ZERO);
        afterDebtAmount = afterDebt.setScale(2, RoundingMode.HALF_UP);
        royaltyRate = rate;
        royaltyAmount = rate == null ? null : amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        modifyTime = now;
    }

    /** Audit reject: 0 → -10 with a reason; false when it was rejected already. */
    public boolean reject(String reason, Long by, LocalDateTime now) {
        if (state == REJECTED) {
            return false;
        }
        if (reason == null || reason.isBlank()) {
            throw PaymentErrors.REJECT_REASON_REQUIRED.exception();
        }
        requireWaiting("驳回");
        state = REJECTED;
        rejectReason = reason;
        auditBy = by;
        auditTime = now;
        modifyTime = now;
        return true;
    }

    private void requireWaiting(String action) {
        if (state != WAIT_AUDIT) {
            throw PaymentErrors.ILLEGAL_TRANSITION.exception("回款单" + paymentNo + "当前状态为" + label(state) + "，不能"
                    + action + "：只有待审核的回款可以" + action);
        }
    }

    public static String label(int state) {
        return switch (state) {
            case WAIT_AUDIT -> "待审核";
            case PASSED -> "已通过";
            case REJECTED -> "已驳回";
            default -> String.valueOf(state);
        };
    }

    public Long getId() { return id; }
    public String getPaymentNo() { return paymentNo; }
    public Long getCustomerId() { return customerId; }
    public Long getSalesmanId() { return salesmanId; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getSettledAmount() { return settledAmount; }
    public BigDecimal getResidueAmount() { return residueAmount; }
    public BigDecimal getAfterDebtAmount() { return afterDebtAmount; }
    public int getState() { return state; }
    public LocalDate getPaymentDate() { return paymentDate; }
    public LocalDateTime getAuditTime() { return auditTime; }
    public BigDecimal getRoyaltyRate() { return royaltyRate; }
    public BigDecimal getRoyaltyAmount() { return royaltyAmount; }
    public List<String> getCertificateList() { return certificateList; }
}
