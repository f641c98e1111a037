package com.nuoer.billing.invoice;

import com.nuoer.billing.invoice.InvoiceDtos.InvoiceCalculation;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceView;
import com.nuoer.billing.invoice.InvoiceDtos.StatementDetail;
import com.nuoer.billing.statement.Statement;
import com.nuoer.billing.statement.StatementQueries;
import com.nuoer.billing.statement.StatementRepository;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoice use cases (flow F7) of beeback, crm and sales. Every command is one transaction; the statements an invoice
 * touches are row-locked, so an invoice never takes more than what is invoiceable (confirmed statements, state ≥ 20:
 * canInvoice − invoiced − reserved by invoices in progress). Allocations go to the oldest statements first.
 */
@Service
public class InvoiceService {

    /** Who is applying: decides the initial state (customer/salesman 0 待审核, ops 10/20). */
    public enum Applicant { CUSTOMER, SALESMAN, OPS }

    /** An application for an invoice (deptId null: beeback, the statements decide). */
    public record Application(Long deptId, List<String> statementNoList, BigDecimal invoiceAmount, String invoiceType,
                              String headerName, String tin, String email, String invoiceUrl) {
    }

    private final InvoiceRepository invoices;
    private final InvoiceAllocationRepository allocations;
    private final LockedStatements locked;
    private final StatementRepository statements;
    private final StatementQueries statementQueries;
    private final InvoiceQueries queries;
    private final InvoiceHeaders headers;
    private final OutboxPublisher outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public InvoiceService(InvoiceRepository invoices, InvoiceAllocationRepository allocations, LockedStatements locked,
                          StatementRepository statements, StatementQueries statementQueries, InvoiceQueries queries,
                          InvoiceHeaders headers, OutboxPublisher outbox, JdbcTemplate jdbc, Clock clock) {
        this.invoices = invoices;
        this.allocations = allocations;
        this.locked = locked;
        this.statements = statements;
        this.statementQueries = statementQueries;
        this.queries = queries;
        this.headers = headers;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---- calculate -------------------------------------------------------------------------------------------

    /** Sums over the invoiceable statements named (all of the account / of the customer when none are named). */
    @Transactional(readOnly = true)
    public InvoiceCalculation calculate(Long deptId, List<String> statementNos, StatementScope scope) {
        List<Statement> chosen = candidates(deptId, statementNos, scope, false);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal open = BigDecimal.ZERO;
        List<StatementDetail> details = new ArrayList<>();
        for (Statement s : chosen) {
            if (!s.isInvoiceable()) {
                continue;
            }
            total = total.add(s.getTotalAmount());
            invoiced = invoiced.add(s.getInvoicedAmount());
            BigDecimal can = s.invoiceableAmount();
            open = open.add(can);
            if (can.signum() > 0) {
                details.add(new StatementDetail(s.getId(), s.getStatementNo(), can));
            }
        }
        return new InvoiceCalculation(scale(total), scale(invoiced), scale(open), details);
    }

    /**
     * The statements an application is about: the named ones (each in the scope, of the account when one is given,
     * 404 otherwise) or all invoiceable ones; oldest billDate first, row-locked when {@code lock}.
     */
    private List<Statement> candidates(Long deptId, List<String> statementNos, StatementScope scope, boolean lock) {
        if (deptId != null && !statementQueries.deptVisible(deptId, scope)) {
            throw BizException.notFound("机构");
        }
        List<Long> ids = new ArrayList<>();
        if (statementNos == null || statementNos.isEmpty()) {
            ids.addAll(queries.invoiceableStatementIds(deptId, scope));
        } else {
            for (String no : new LinkedHashSet<>(statementNos)) {
                // plain read (no entity loaded yet), so the locked load below sees the current row
                record Ref(long id, long deptId, int state) {
                }
                Ref ref = jdbc.query("select id, dept_id, state from bill_statement where statement_no = ? and not deleted",
                                (rs, i) -> new Ref(rs.getLong(1), rs.getLong(2), rs.getInt(3)), no).stream()
                        .filter(x -> deptId == null || deptId == x.deptId())
                        .filter(x -> statementQueries.visible(x.id(), scope))
                        .findFirst().orElseThrow(() -> BizException.notFound("账单" + no));
                if (ref.state() < 20) {
                    throw InvoiceErrors.STATEMENT_NOT_INVOICEABLE.exception("账单" + no + "尚未确认，确认后才能开票");
                }
                ids.add(ref.id());
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        if (lock) {
            return locked.lockByIds(ids);
        }
        return statements.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(Statement::getBillDate).thenComparing(Statement::getId)).toList();
    }

    // ---- apply / add -----------------------------------------------------------------------------------------

    @Transactional
    public long apply(Application a, Applicant applicant, StatementScope scope) {
        LocalDateTime now = now();
        SessionInfo caller = SessionContext.current().orElse(null);
        List<Statement> chosen = candidates(a.deptId(), a.statementNoList(), scope, true);
        BigDecimal amount = scale(a.invoiceAmount());
        BigDecimal available = chosen.stream().map(Statement::invoiceableAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (available.signum() <= 0) {
            throw InvoiceErrors.NOTHING_INVOICEABLE.exception();
        }
        if (amount.compareTo(available) > 0) {
            throw InvoiceErrors.ABOVE_INVOICEABLE.exception("开票金额" + amount.toPlainString() + "超过可开票金额"
                    + scale(available).toPlainString());
        }
        Statement first = chosen.stream().filter(s -> s.invoiceableAmount().signum() > 0).findFirst().orElseThrow();
        long deptId = a.deptId() != null ? a.deptId() : first.getDeptId();
        Invoice invoice = Invoice.apply(first.getOrganizationId(), first.getUserId(), deptId, a.invoiceType(), amount,
                a.headerName().trim(), a.tin().trim().toUpperCase(), a.email().trim(), a.invoiceUrl(),
                applicant.name().toLowerCase(), applicant == Applicant.OPS, caller == null ? null : caller.userId(), now);
        invoice = invoices.save(invoice);
        BigDecimal left = amount;
        for (Statement s : chosen) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal share = left.min(s.invoiceableAmount());
            if (share.signum() <= 0) {
                continue;
            }
            s.reserveInvoice(share, now);
            if (invoice.getState() == Invoice.ISSUED) {
                s.completeInvoice(share, now);
            }
            locked.save(s);
            allocations.save(new InvoiceAllocation(invoice.getId(), s.getId(), s.getStatementNo(), share));
            left = left.subtract(share);
        }
        Long userId = first.getUserId();
        if (userId != null) {
            String username = applicant == Applicant.CUSTOMER && caller != null ? caller.username()
                    : customerName(first.getOrganizationId());
            headers.upsert(userId, username, a.invoiceType(), invoice.getHeaderName(), invoice.getTin(),
                    invoice.getEmail(), caller == null ? null : caller.userId(), now);
        }
        if (invoice.getState() == Invoice.ISSUED) {
            notifyIssued(invoice, invoice.getEmail(), "invoice-issued:" + invoice.getId());
        }
        return invoice.getId();
    }

    private String customerName(Long organizationId) {
        return organizationId == null ? null : jdbc.query("select name from customer_view where organization_id = ?",
                (rs, i) -> rs.getString(1), organizationId).stream().findFirst().orElse(null);
    }

    // ---- audit / finish / send -------------------------------------------------------------------------------

    private Invoice lock(long id, StatementScope scope) {
        if (!queries.visible(id, scope)) {
            throw Invoice.notFound();
        }
        return invoices.lockById(id).orElseThrow(Invoice::notFound);
    }

    private com.nuoer.billing.BillingAudit billingAudit;

    @org.springframework.beans.factory.annotation.Autowired
    void setBillingAudit(com.nuoer.billing.BillingAudit billingAudit) {
        this.billingAudit = billingAudit;
    }

    @Transactional
    public void audit(long id, boolean pass, String rejectReason, String invoiceUrl, StatementScope scope) {
        Invoice invoice = lock(id, scope);
        Long by = SessionContext.current().map(SessionInfo::userId).orElse(null);
        var before = com.nuoer.billing.BillingAudit.of(invoice);
        Invoice.Outcome outcome = pass ? invoice.pass(invoiceUrl, by, now()) : invoice.reject(rejectReason, by, now());
        follow(invoice, outcome);
        billingAudit.record(pass ? "invoice.pass" : "invoice.reject", "invoice", id, before,
                com.nuoer.billing.BillingAudit.of(invoice));
    }

    @Transactional
    public void finish(long id, String invoiceUrl, StatementScope scope) {
        Invoice invoice = lock(id, scope);
        follow(invoice, invoice.finish(invoiceUrl, now()));
    }

    /** The statements follow the invoice: issued → invoiced amounts; rejected → reservations released. */
    private void follow(Invoice invoice, Invoice.Outcome outcome) {
        invoices.save(invoice);
        if (outcome != Invoice.Outcome.ISSUED && outcome != Invoice.Outcome.REJECTED) {
            return;
        }
        LocalDateTime now = now();
        List<InvoiceAllocation> parts = allocations.findByInvoiceIdOrderByIdAsc(invoice.getId());
        Map<Long, Statement> byId = new java.util.HashMap<>();
        for (Statement s : locked.lockByIds(parts.stream().map(InvoiceAllocation::getStatementId).toList())) {
            byId.put(s.getId(), s);
        }
        for (InvoiceAllocation p : parts) {
            Statement s = byId.get(p.getStatementId());
            if (outcome == Invoice.Outcome.ISSUED) {
                s.completeInvoice(p.getInvoiceAmount(), now);
            } else {
                s.releaseInvoice(p.getInvoiceAmount(), now);
            }
            locked.save(s);
        }
        if (outcome == Invoice.Outcome.ISSUED) {
            notifyIssued(invoice, invoice.getEmail(), "invoice-issued:" + invoice.getId());
        }
    }

    /** Mails the issued invoice (SendNotice e-mail through the outbox, topic notify-command). */
    @Transactional
    public void sendEmail(long id, String email, StatementScope scope) {
        Invoice invoice = lock(id, scope);
        invoice.requireIssued();
        notifyIssued(invoice, email.trim(), "invoice-mail:" + id + ":" + email.trim() + ":" + clock.millis());
    }

    private void notifyIssued(Invoice invoice, String to, String bizKey) {
        String amount = invoice.getInvoiceAmount().toPlainString();
        String subject = "诺尔数据发票已开具（" + invoice.getHeaderName() + "，" + amount + "元）";
        String content = "您好，您申请的" + ("special".equals(invoice.getInvoiceType()) ? "增值税专用发票" : "增值税普通发票")
                + "（抬头：" + invoice.getHeaderName() + "，税号：" + invoice.getTin() + "，金额：" + amount
                + "元）已开具，发票文件见附件。";
        SendNotice notice = new SendNotice(SendNotice.EMAIL, to, List.of(), null,
                Map.of("invoiceId", String.valueOf(invoice.getId()), "invoiceAmount", amount,
                        "headerName", invoice.getHeaderName()),
                subject, content, invoice.getInvoiceUrl(), invoice.getUserId(), "beeback", bizKey);
        outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, invoice.getId(), notice);
    }

    public InvoiceView detail(long id, StatementScope scope) {
        return queries.one(id, scope).orElseThrow(Invoice::notFound);
    }

    private static BigDecimal scale(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
