package com.nuoer.billing.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The part of one statement an approved payment settled. */
@Entity
@Table(name = "payment_settle")
public class PaymentSettle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "payment_id")
    private Long paymentId;
    @Column(name = "statement_id")
    private Long statementId;
    @Column(name = "statement_no")
    private String statementNo;
    @Column(name = "settle_amount")
    private BigDecimal settleAmount;
    @Column(name = "create_by")
    private Long createBy;
    @Column(name = "create_time")
    private LocalDateTime createTime;
    @Column(name = "modify_time")
    private LocalDateTime modifyTime;

    protected PaymentSettle() {
    }

    public PaymentSettle(Long paymentId, Long statementId, String statementNo, BigDecimal settleAmount, Long createBy,
                         LocalDateTime now) {
        this.paymentId = paymentId;
        this.statementId = statementId;
        this.statementNo = statementNo;
        this.settleAmount = settleAmount;
        this.createBy = createBy;
        this.createTime = now;
        this.modifyTime = now;
    }
}
