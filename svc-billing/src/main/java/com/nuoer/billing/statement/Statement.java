package com.nuoer.billing.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A customer statement (对账单) of one developer account and month. The state machine of domain.md §3.2 lives here:
 * generated {@code 0 待核准} (lines and amounts editable) —recheck→ {@code 10 待确认} (sendable) —customer confirm→
 * {@code 20 已确认} —archive→ {@code 30 已归档}; invalidate from 0/10 → {@code -1 已作废}; delete only from -1.
 * Asking for the state a statement is already in is answered as done (so a retried request is harmless);
 * any other transition is refused with 40921 and a message naming the current state.
 */
@Entity
@Table(name = "bill_statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "statement_no")
    private String statementNo;
    @Column(name = "bill_date")
    private String billDate;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "dept_id")
    private Long deptId;
    @Column(name = "app_id")
    private String appId;
    private int state;
    @Column(name = "invoice_state")
    private int invoiceState;
    @Column(name = "payment_state")
    private int paymentState;
    @Column(name = "overdraft_type")
    private int overdraftType;
    @Column(name = "total_amount")
    private BigDecimal totalAmount = BigDecimal.ZERO;
    @Column(name = "can_invoice_amount")
    private BigDecimal canInvoiceAmount = BigDecimal.ZERO;
    @Column(name = "can_invoice_modified")
    private boolean canInvoiceModified;
    @Column(name = "invoiced_amount")
    private BigDecimal invoicedAmount = BigDecimal.ZERO;
    /** Allocated to invoices still in progress (0 待审核 / 10 开票中): reserved, not yet invoiced. */
    @Column(name = "invoicing_amount")
    private BigDecimal invoicingAmount = BigDecimal.ZERO;
    @Column(name = "settled_amount")
    private BigDecimal settledAmount = BigDecimal.ZERO;
    @Column(name = "payment_amount")
    private BigDecimal paymentAmount = BigDecimal.ZERO;
    @Column(name = "confirm_date")
    private LocalDateTime confirmDate;
    @Column(name = "invoice_time")
    private LocalDateTime invoiceTime;
    @Column(name = "recheck_time")
    private LocalDateTime recheckTime;
    @Column(name = "archive_time")
    private LocalDateTime archiveTime;
    private String emails;
    @Column(name = "attachment_url")
    private String attachmentUrl;
    @Column(name = "attachment_xlsx_url")
    private String attachmentXlsxUrl;
    @Column(name = "lines_edited")
    private boolean linesEdited;
    private boolean deleted;
    @Version
    @Column(name = "row_version")
    private long rowVersion;
    @Column(name = "create_time")
    private LocalDateTime createTime;
    @Column(name = "update_time")
    private LocalDateTime updateTime;

    protected Statement() {
    }

    /** A new statement {@code 0 待核准}; its number is derived from month and account, so re-closing finds it again. */
    public static Statement open(YearMonth month, long deptId, Long organizationId, Long userId, String appId,
                                 int overdraftType, String emails, LocalDateTime now) {
        Statement s = new Statement();
        s.statementNo = numberOf(month, deptId);
        s.billDate = month.toString();
        s.deptId = deptId;
        s.organizationId = organizationId;
        s.userId = userId;
        s.appId = appId;
        s.overdraftType = overdraftType;
        s.emails = emails;
        s.state = StatementState.WAIT_RECHECK.code();
        s.createTime = now;
        s.updateTime = now;
        return s;
    }

    public static String numberOf(YearMonth month, long deptId) {
        return "BS" + month.toString().replace("-", "") + String.format("%08d", deptId);
    }

    // ---- state machine -------------------------------------------------------------------------------------

    /** 0 → 10 (ops/sales 核准). */
    public void recheck(LocalDateTime now) {
        if (transition(StatementState.WAIT_CONFIRM, "核准", now, StatementState.WAIT_RECHECK)) {
            recheckTime = now;
        }
    }

    /** 10 → 20 (the customer confirms). */
    public void confirm(LocalDateTime now) {
        if (transition(StatementState.CONFIRMED, "确认", now, StatementState.WAIT_CONFIRM)) {
            confirmDate = now;
        }
    }

    /** 20 → 30. */
    public void archive(LocalDateTime now) {
        if (transition(StatementState.ARCHIVED, "归档", now, StatementState.CONFIRMED)) {
            archiveTime = now;
        }
    }

    /** 0 / 10 → -1. */
    public void invalidate(LocalDateTime now) {
        transition(StatementState.INVALID, "作废", now, StatementState.WAIT_RECHECK, StatementState.WAIT_CONFIRM);
    }

    /** -1 → deleted (soft). */
    public void delete(LocalDateTime now) {
        if (deleted) {
            return;
        }
        if (state != StatementState.INVALID.code()) {
            throw refuse("删除", "只有已作废的账单可以删除");
        }
        deleted = true;
        updateTime = now;
    }

    /** Lines and amounts may change only while {@code 0 待核准}. */
    public void requireEditable() {
        if (deleted || state != StatementState.WAIT_RECHECK.code()) {
            throw StatementErrors.NOT_EDITABLE.exception("账单" + statementNo + "当前状态为"
                    + StatementState.labelOf(state) + "，只有待核准的账单可以修改");
        }
    }

    /** Sending needs a rechecked statement (10, 20 or 30). */
    public void requireSendable() {
        if (state == StatementState.WAIT_RECHECK.code()) {
            throw StatementErrors.NOT_SENDABLE.exception();
        }
        if (state == StatementState.INVALID.code() || deleted) {
            throw StatementErrors.NOT_SENDABLE.exception("账单" + statementNo + "已作废，不能发送");
        }
    }

    /** Month close / late usage may rebuild the generated lines only of an untouched statement {@code 0}. */
    public boolean isRebuildable() {
        return !deleted && !linesEdited && state == StatementState.WAIT_RECHECK.code();
    }

    private boolean transition(StatementState target, String action, LocalDateTime now, StatementState... from) {
        if (deleted) {
            throw refuse(action, "账单已删除");
        }
        if (state == target.code()) {
            return false;
        }
        for (StatementState f : from) {
            if (state == f.code()) {
                state = target.code();
                updateTime = now;
                return true;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (StatementState f : from) {
            allowed.append(allowed.isEmpty() ? "" : "或").append(f.label());
        }
        throw refuse(action, "只有" + allowed + "的账单可以" + action);
    }

    private com.nuoer.common.error.BizException refuse(String action, String rule) {
        return StatementErrors.ILLEGAL_TRANSITION.exception("账单" + statementNo + "当前状态为"
                + StatementState.labelOf(state) + "，不能" + action + "：" + rule);
    }

    // ---- amounts --------------------------------------------------------------------------------------------

    /** modifyStatement: the invoiceable amount, between 0 and the total. */
    public void modifyCanInvoiceAmount(BigDecimal amount, LocalDateTime now) {
        requireEditable();
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        if (value.compareTo(totalAmount) > 0) {
            throw StatementErrors.CAN_INVOICE_TOO_HIGH.exception("可开票金额" + value.toPlainString()
                    + "不能大于账单总金额" + totalAmount.toPlainString());
        }
        canInvoiceAmount = value;
        canInvoiceModified = true;
        updateTime = now;
    }

    /** New totals from the statement's lines. */
    public void applyTotals(BigDecimal total, BigDecimal settled, LocalDateTime now) {
        totalAmount = total.setScale(2, RoundingMode.HALF_UP);
        settledAmount = settled.setScale(2, RoundingMode.HALF_UP);
        if (!canInvoiceModified || canInvoiceAmount.compareTo(totalAmount) > 0) {
            canInvoiceAmount = totalAmount;
        }
        BigDecimal paid = settledAmount.add(paymentAmount);
        paymentState = paid.signum() > 0 && paid.compareTo(totalAmount) >= 0 || totalAmount.signum() == 0 ? 20
                : paid.signum() > 0 ? 10 : 0;
        updateTime = now;
    }

    public void markLinesEdited() {
        linesEdited = true;
    }

    public void attachments(String pdfUrl, String xlsxUrl, LocalDateTime now) {
        attachmentUrl = pdfUrl;
        attachmentXlsxUrl = xlsxUrl;
        updateTime = now;
    }

    // ---- invoices (F7) and payments (F8) -------------------------------------------------------------------

    /** Invoiceable: confirmed or archived (state ≥ 20), not deleted. */
    public boolean isInvoiceable() {
        return !deleted && state >= StatementState.CONFIRMED.code();
    }

    /** What a new invoice may still take: canInvoice − invoiced − reserved by invoices in progress. */
    public BigDecimal invoiceableAmount() {
        if (!isInvoiceable()) {
            return BigDecimal.ZERO;
        }
        return canInvoiceAmount.subtract(invoicedAmount).subtract(invoicingAmount).max(BigDecimal.ZERO);
    }

    /** An invoice applied for reserves part of the invoiceable amount. */
    public void reserveInvoice(BigDecimal amount, LocalDateTime now) {
        if (amount.compareTo(invoiceableAmount()) > 0) {
            throw new IllegalStateException("allocation above the invoiceable amount of " + statementNo);
        }
        invoicingAmount = invoicingAmount.add(amount);
        updateTime = now;
    }

    /** A rejected invoice gives its reservation back. */
    public void releaseInvoice(BigDecimal amount, LocalDateTime now) {
        invoicingAmount = invoicingAmount.subtract(amount).max(BigDecimal.ZERO);
        updateTime = now;
    }

    /** An issued invoice turns its reservation into invoiced amount; invoiceState 0 未开票 / 10 部分开票 / 20 已开票. */
    public void completeInvoice(BigDecimal amount, LocalDateTime now) {
        invoicingAmount = invoicingAmount.subtract(amount).max(BigDecimal.ZERO);
        invoicedAmount = invoicedAmount.add(amount);
        invoiceState = invoicedAmount.signum() <= 0 ? 0 : invoicedAmount.compareTo(canInvoiceAmount) >= 0 ? 20 : 10;
        invoiceTime = now;
        updateTime = now;
    }

    /** Receivable and sent to the customer (10/20/30): a payment may settle it. */
    public boolean isSettleable() {
        return !deleted && (state == StatementState.WAIT_CONFIRM.code() || state == StatementState.CONFIRMED.code()
                || state == StatementState.ARCHIVED.code()) && receivableAmount().signum() > 0;
    }

    /** Settles up to {@code available} of the receivable amount; returns the part used. */
    public BigDecimal settle(BigDecimal available, LocalDateTime now) {
        BigDecimal used = available.min(receivableAmount()).max(BigDecimal.ZERO);
        if (used.signum() == 0) {
            return BigDecimal.ZERO;
        }
        paymentAmount = paymentAmount.add(used);
        BigDecimal paid = settledAmount.add(paymentAmount);
        paymentState = paid.compareTo(totalAmount) >= 0 ? 20 : paid.signum() > 0 ? 10 : 0;
        updateTime = now;
        return used;
    }

    public BigDecimal getInvoicingAmount() { return invoicingAmount; }

    public BigDecimal receivableAmount() {
        return totalAmount.subtract(settledAmount).subtract(paymentAmount).max(BigDecimal.ZERO);
    }

    public BigDecimal notInvoicedAmount() {
        return canInvoiceAmount.subtract(invoicedAmount).max(BigDecimal.ZERO);
    }

    public Long getId() { return id; }
    public String getStatementNo() { return statementNo; }
    public String getBillDate() { return billDate; }
    public Long getOrganizationId() { return organizationId; }
    public Long getUserId() { return userId; }
    public Long getDeptId() { return deptId; }
    public String getAppId() { return appId; }
    public int getState() { return state; }
    public int getInvoiceState() { return invoiceState; }
    public int getPaymentState() { return paymentState; }
    public int getOverdraftType() { return overdraftType; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public BigDecimal getCanInvoiceAmount() { return canInvoiceAmount; }
    public BigDecimal getInvoicedAmount() { return invoicedAmount; }
    public BigDecimal getSettledAmount() { return settledAmount; }
    public BigDecimal getPaymentAmount() { return paymentAmount; }
    public LocalDateTime getConfirmDate() { return confirmDate; }
    public LocalDateTime getInvoiceTime() { return invoiceTime; }
    public String getEmails() { return emails; }
    public String getAttachmentUrl() { return attachmentUrl; }
    public String getAttachmentXlsxUrl() { return attachmentXlsxUrl; }
    public boolean isLinesEdited() { return linesEdited; }
    public boolean isDeleted() { return deleted; }
    public LocalDateTime getCreateTime() { return createTime; }
}
