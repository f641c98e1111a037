package com.nuoer.billing;

import com.nuoer.billing.invoice.Invoice;
import com.nuoer.billing.payment.Payment;
import com.nuoer.billing.statement.Statement;
import com.nuoer.common.audit.AuditTrail;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audit log entries of billing's money changes (payments registered and audited, statements confirmed and their
 * invoicable amount adjusted, invoices audited), inside the transaction of the change.
 */
@Component
public class BillingAudit {

    private final AuditTrail audit;

    public BillingAudit(AuditTrail audit) {
        this.audit = audit;
    }

    public static Map<String, Object> of(Payment p) {
        return AuditTrail.fields("customerId", p.getCustomerId(), "state", p.getState(), "amount", p.getAmount(),
                "settledAmount", p.getSettledAmount(), "residueAmount", p.getResidueAmount(),
                "paymentDate", p.getPaymentDate());
    }

    public static Map<String, Object> of(Statement s) {
        return AuditTrail.fields("organizationId", s.getOrganizationId(), "billDate", s.getBillDate(),
                "state", s.getState(), "totalAmount", s.getTotalAmount(), "canInvoiceAmount", s.getCanInvoiceAmount(),
                "settledAmount", s.getSettledAmount(), "invoicedAmount", s.getInvoicedAmount());
    }

    public static Map<String, Object> of(Invoice i) {
        return AuditTrail.fields("organizationId", i.getOrganizationId(), "state", i.getState(),
                "invoiceAmount", i.getInvoiceAmount(), "invoiceType", i.getInvoiceType(),
                "rejectReason", i.getRejectReason());
    }

    public void record(String action, String targetType, Object targetId, Map<String, Object> before,
                       Map<String, Object> after) {
        if (before == null || !before.equals(after)) {
            audit.record(action, targetType, targetId, before, after);
        }
    }
}
