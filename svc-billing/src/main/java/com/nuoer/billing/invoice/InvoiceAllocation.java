package com.nuoer.billing.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The part of one statement an invoice covers. */
@Entity
@Table(name = "invoice_allocation")
public class InvoiceAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "invoice_id")
    private Long invoiceId;
    @Column(name = "statement_id")
    private Long statementId;
    @Column(name = "statement_no")
    private String statementNo;
    @Column(name = "invoice_amount")
    private BigDecimal invoiceAmount;

    protected InvoiceAllocation() {
    }

    public InvoiceAllocation(Long invoiceId, Long statementId, String statementNo, BigDecimal invoiceAmount) {
        this.invoiceId = invoiceId;
        this.statementId = statementId;
        this.statementNo = statementNo;
        this.invoiceAmount = invoiceAmount;
    }

    public Long getInvoiceId() { return invoiceId; }
    public Long getStatementId() { return statementId; }
    public String getStatementNo() { return statementNo; }
    public BigDecimal getInvoiceAmount() { return invoiceAmount; }
}
