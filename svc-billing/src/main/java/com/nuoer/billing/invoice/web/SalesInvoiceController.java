package com.nuoer.billing.invoice.web;

import com.nuoer.billing.invoice.InvoiceDtos.AddInvoiceRequest;
import com.nuoer.billing.invoice.InvoiceDtos.DeptCalculateRequest;
import com.nuoer.billing.invoice.InvoiceDtos.FinishRequest;
import com.nuoer.billing.invoice.InvoiceDtos.HeaderQuery;
import com.nuoer.billing.invoice.InvoiceDtos.IdRequest;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceCalculation;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceHeaderView;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceQuery;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceView;
import com.nuoer.billing.invoice.InvoiceDtos.SendEmailRequest;
import com.nuoer.billing.invoice.InvoiceHeaders;
import com.nuoer.billing.invoice.InvoiceQueries;
import com.nuoer.billing.invoice.InvoiceService;
import com.nuoer.billing.invoice.InvoiceService.Applicant;
import com.nuoer.billing.invoice.InvoiceService.Application;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * sales 发票 {@code /mt/sales/finance/invoice/**}, {@code invoiceHeader/list} (4.7.17-4.7.23): invoices of the
 * salesman's own customers (all for an app manager); a salesman's application waits for the ops audit.
 */
@RestController
@RequestMapping("/mt/sales/finance")
public class SalesInvoiceController {

    private final InvoiceService service;
    private final InvoiceQueries queries;
    private final InvoiceHeaders headers;

    public SalesInvoiceController(InvoiceService service, InvoiceQueries queries, InvoiceHeaders headers) {
        this.service = service;
        this.queries = queries;
        this.headers = headers;
    }

    private static StatementScope scope() {
        return StatementScope.sales(SessionContext.require());
    }

    @PostMapping("/invoice/finish")
    public ApiResponse<Void> finish(@Valid @RequestBody FinishRequest r) {
        service.finish(r.id(), r.invoiceUrl(), scope());
        return ApiResponse.ok();
    }

    @PostMapping("/invoice/calculate")
    public ApiResponse<InvoiceCalculation> calculate(@Valid @RequestBody DeptCalculateRequest r) {
        return ApiResponse.ok(service.calculate(r.deptId(), r.statementNoList(), scope()));
    }

    @PostMapping("/invoice/add")
    public ApiResponse<Void> add(@Valid @RequestBody AddInvoiceRequest r) {
        service.apply(new Application(r.deptId(), r.statementNoList(), r.invoiceAmount(), r.invoiceType(),
                r.headerName(), r.tin(), r.email(), r.invoiceUrl()), Applicant.SALESMAN, scope());
        return ApiResponse.ok();
    }

    @PostMapping("/invoice/sendEmail")
    public ApiResponse<Void> sendEmail(@Valid @RequestBody SendEmailRequest r) {
        service.sendEmail(r.id(), r.email(), scope());
        return ApiResponse.ok();
    }

    @PostMapping("/invoiceHeader/list")
    public ApiResponse<List<InvoiceHeaderView>> headers(@Valid @RequestBody HeaderQuery q) {
        return ApiResponse.ok(headers.list(q.userId(), q.invoiceType(), scope()));
    }

    @PostMapping("/invoice/list")
    public ApiResponse<PageResult<InvoiceView>> list(@Valid @RequestBody InvoiceQuery q) {
        return ApiResponse.ok(queries.list(q, scope()));
    }

    @PostMapping("/invoice/detail")
    public ApiResponse<InvoiceView> detail(@Valid @RequestBody IdRequest r) {
        return ApiResponse.ok(service.detail(r.id(), scope()));
    }
}
