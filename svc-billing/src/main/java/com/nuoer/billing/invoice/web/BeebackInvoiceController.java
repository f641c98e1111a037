package com.nuoer.billing.invoice.web;

import com.nuoer.billing.invoice.InvoiceDtos.ApplyInvoiceRequest;
import com.nuoer.billing.invoice.InvoiceDtos.CalculateRequest;
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
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** beeback 开票 {@code /mt/beeback/billStatement/**} (2.5.3, 2.5.5-2.5.8): the customer's own invoices. */
@RestController
@RequestMapping("/mt/beeback/billStatement")
public class BeebackInvoiceController {

    private final InvoiceService service;
    private final InvoiceQueries queries;

    public BeebackInvoiceController(InvoiceService service, InvoiceQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    private static StatementScope scope() {
        return StatementScope.beeback(SessionContext.require());
    }

    @PostMapping("/invoiceCalculate")
    public ApiResponse<InvoiceCalculation> calculate(@Valid @RequestBody CalculateRequest r) {
        return ApiResponse.ok(service.calculate(null, r.statementNoList(), scope()));
    }

    @PostMapping("/applyInvoice")
    public ApiResponse<Void> apply(@Valid @RequestBody ApplyInvoiceRequest r) {
        service.apply(new Application(null, r.statementNoList(), r.invoiceAmount(), r.invoiceType(), r.headerName(),
                r.tin(), r.email(), null), Applicant.CUSTOMER, scope());
        return ApiResponse.ok();
    }

    @PostMapping("/invoiceList")
    public ApiResponse<PageResult<InvoiceView>> list(@Valid @RequestBody InvoiceQuery q) {
        return ApiResponse.ok(queries.list(q, scope()));
    }

    @PostMapping("/invoiceDetail")
    public ApiResponse<InvoiceView> detail(@Valid @RequestBody IdRequest r) {
        return ApiResponse.ok(service.detail(r.id(), scope()));
    }

    @PostMapping("/sendInvoiceEmail")
    public ApiResponse<Void> sendEmail(@Valid @RequestBody SendEmailRequest r) {
        service.sendEmail(r.id(), r.email(), scope());
        return ApiResponse.ok();
    }
}
