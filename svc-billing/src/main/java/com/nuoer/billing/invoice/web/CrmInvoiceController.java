package com.nuoer.billing.invoice.web;

import com.nuoer.billing.invoice.InvoiceDtos.AddInvoiceRequest;
import com.nuoer.billing.invoice.InvoiceDtos.AuditRequest;
import com.nuoer.billing.invoice.InvoiceDtos.DeptCalculateRequest;
import com.nuoer.billing.invoice.InvoiceDtos.FinishRequest;
import com.nuoer.billing.invoice.InvoiceDtos.IdRequest;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceCalculation;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceQuery;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceView;
import com.nuoer.billing.invoice.InvoiceDtos.SendEmailRequest;
import com.nuoer.billing.invoice.InvoiceQueries;
import com.nuoer.billing.invoice.InvoiceService;
import com.nuoer.billing.invoice.InvoiceService.Applicant;
import com.nuoer.billing.invoice.InvoiceService.Application;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm 发票 {@code /mt/crm/bill/invoice/**}, {@code /mt/crm/bill/sendInvoiceEmail} (3.3.16-3.3.22), menu crm:invoice. */
@RestController
@RequestMapping("/mt/crm/bill")
@RequiresMenu(MenuCodes.CRM_INVOICE)
public class CrmInvoiceController {

    private final InvoiceService service;
    private final InvoiceQueries queries;

    public CrmInvoiceController(InvoiceService service, InvoiceQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    private static StatementScope scope() {
        return StatementScope.crm();
    }

    @PostMapping("/invoice/calculate")
    public ApiResponse<InvoiceCalculation> calculate(@Valid @RequestBody DeptCalculateRequest r) {
        return ApiResponse.ok(service.calculate(r.deptId(), r.statementNoList(), scope()));
    }

    @PostMapping("/invoice/add")
    public ApiResponse<Void> add(@Valid @RequestBody AddInvoiceRequest r) {
        service.apply(new Application(r.deptId(), r.statementNoList(), r.invoiceAmount(), r.invoiceType(),
                r.headerName(), r.tin(), r.email(), r.invoiceUrl()), Applicant.OPS, scope());
        return ApiResponse.ok();
    }

    @PostMapping("/invoice/list")
    public ApiResponse<PageResult<InvoiceView>> list(@Valid @RequestBody InvoiceQuery q) {
        return ApiResponse.ok(queries.list(q, scope()));
    }

    @PostMapping("/invoice/audit")
    public ApiResponse<Void> audit(@Valid @RequestBody AuditRequest r) {
        service.audit(r.id(), "pass".equals(r.auditType()), r.rejectReason(), r.invoiceUrl(), scope());
        return ApiResponse.ok();
    }

    @PostMapping("/invoice/finish")
    public ApiResponse<Void> finish(@Valid @RequestBody FinishRequest r) {
        service.finish(r.id(), r.invoiceUrl(), scope());
        return ApiResponse.ok();
    }

    @PostMapping("/invoice/detail")
    public ApiResponse<InvoiceView> detail(@Valid @RequestBody IdRequest r) {
        return ApiResponse.ok(service.detail(r.id(), scope()));
    }

    @PostMapping("/sendInvoiceEmail")
    public ApiResponse<Void> sendEmail(@Valid @RequestBody SendEmailRequest r) {
        service.sendEmail(r.id(), r.email(), scope());
        return ApiResponse.ok();
    }
}
