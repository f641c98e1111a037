package com.nuoer.billing.invoice;

import com.nuoer.common.error.BizException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An invoice (开票记录) of one customer over one or more statements (domain.md §3.2):
 * apply/add → {@code 0 待审核} (ops-created: {@code 10 开票中}, or {@code 20} with the file) —audit pass→ {@code 10}
 * ({@code 20} directly when the file is known) —finish(invoiceUrl)→ {@code 20 已开票}; reject → {@code -10 已驳回}
 * (allocations released). Asking again for the state it is already in is answered as done (a retried request);
 * every other transition is refused with 40933.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    public static final int WAIT_AUDIT = 0;
    public static final int INVOICING = 10;
    public static final int ISSUED = 20;
    public static final int REJECTED = -10;

    /** What the next step is after the transition, so the service moves the statements' amounts accordingly. */
    public enum Outcome { NONE, AUDITED, ISSUED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "dept_id")
    private Long deptId;
    @Column(name = "invoice_type")
    private String invoiceType;
    private int state;
    @Column(name = "invoice_amount")
    private BigDecimal invoiceAmount;
    @Column(name = "header_name")
    private String headerName;
    private String tin;
    private String email;
    @Column(name = "invoice_time")
    private LocalDateTime invoiceTime;
    @Column(name = "invoice_url")
    private String invoiceUrl;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "audit_time")
    private LocalDateTime auditTime;
    @Column(name = "audit_by")
    private Long auditBy;
    @Column(name = "source_app")
    private String sourceApp;
    @Column(name = "create_by")
    private Long createBy;
    @Column(name = "create_date")
    private LocalDateTime createDate;
    @Column(name = "update_date")
    private LocalDateTime updateDate;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Invoice() {
    }

    /**
     * A new invoice: customers (beeback) and salesmen apply ({@code 0 待审核}); ops create it already approved
     * ({@code 10}, or {@code 20} when the invoice file is given).
     */
    public static Invoice apply(long organizationId, Long userId, long deptId, String invoiceType, BigDecimal amount,
                                String headerName, String tin, String email, String invoiceUrl, String sourceApp,
                                boolean approved, Long createBy, LocalDateTime now) {
        Invoice i = new Invoice();
        i.organizationId = organizationId;
        i.userId = userId;
        i.deptId = deptId;
        i.invoiceType = invoiceType;
        i.invoiceAmount = amount;
        i.headerName = headerName;
        i.tin = tin;
        i.email = email;
        i.invoiceUrl = blank(invoiceUrl) ? null : invoiceUrl;
        i.sourceApp = sourceApp;
        i.createBy = createBy;
        i.createDate = now;
        i.updateDate = now;
        i.state = WAIT_AUDIT;
        if (approved) {
            i.auditTime = now;
            i.auditBy = createBy;
            if (i.invoiceUrl != null) {
                i.state = ISSUED;
                i.invoiceTime = now;
            } else {
                i.state = INVOICING;
            }
        }
        return i;
    }

    /** Audit pass: 0 → 10, or → 20 when the file is given now or was given at application. */
    public Outcome pass(String url, Long by, LocalDateTime now) {
        if (state == INVOICING || state == ISSUED) {
            return Outcome.NONE;
        }
        requireState("审核通过", WAIT_AUDIT);
        auditTime = now;
        auditBy = by;
        updateDate = now;
        if (!blank(url)) {
            invoiceUrl = url;
        }
        if (invoiceUrl != null) {
            state = ISSUED;
            invoiceTime = now;
            return Outcome.ISSUED;
        }
        state = INVOICING;
        return Outcome.AUDITED;
    }

    /** Audit reject: 0 → -10 with a reason. */
    public Outcome reject(String reason, Long by, LocalDateTime now) {
        if (state == REJECTED) {
            return Outcome.NONE;
        }
        if (blank(reason)) {
            throw InvoiceErrors.REJECT_REASON_REQUIRED.exception();
        }
        requireState("驳回", WAIT_AUDIT);
        state = REJECTED;
        rejectReason = reason;
        auditTime = now;
        auditBy = by;
        updateDate = now;
        return Outcome.REJECTED;
    }

    /** Finish: 10 → 20 with the invoice file. */
    public Outcome finish(String url, LocalDateTime now) {
        if (state == ISSUED) {
            return Outcome.NONE;
        }
        requireState("完成开票", INVOICING);
        invoiceUrl = url;
        state = ISSUED;
        invoiceTime = now;
        updateDate = now;
        return Outcome.ISSUED;
    }

    /** Only an issued invoice (with its file) can be mailed. */
    public void requireIssued() {
        if (state != ISSUED || invoiceUrl == null) {
            throw InvoiceErrors.NOT_ISSUED.exception("开票记录" + id + "当前状态为" + label(state) + "，发票开具后才能发送");
        }
    }

    private void requireState(String action, int allowed) {
        if (state != allowed) {
            throw InvoiceErrors.ILLEGAL_TRANSITION.exception("开票记录" + id + "当前状态为" + label(state) + "，不能"
                    + action + "：只有" + label(allowed) + "的开票记录可以" + action);
        }
    }

    public static String label(int state) {
        return switch (state) {
            case WAIT_AUDIT -> "待审核";
            case INVOICING -> "开票中";
            case ISSUED -> "已开票";
            case REJECTED -> "已驳回";
            default -> String.valueOf(state);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static BizException notFound() {
        return BizException.notFound("开票记录");
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public Long getUserId() { return userId; }
    public Long getDeptId() { return deptId; }
    public String getInvoiceType() { return invoiceType; }
    public int getState() { return state; }
    public BigDecimal getInvoiceAmount() { return invoiceAmount; }
    public String getHeaderName() { return headerName; }
    public String getTin() { return tin; }
    public String getEmail() { return email; }
    public LocalDateTime getInvoiceTime() { return invoiceTime; }
    public String getInvoiceUrl() { return invoiceUrl; }
    public String getRejectReason() { return rejectReason; }
    public LocalDateTime getCreateDate() { return createDate; }
}
