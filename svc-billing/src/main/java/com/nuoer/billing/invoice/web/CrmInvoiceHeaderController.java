package com.nuoer.billing.invoice.web;

import com.nuoer.billing.invoice.InvoiceDtos.HeaderQuery;
import com.nuoer.billing.invoice.InvoiceDtos.InvoiceHeaderView;
import com.nuoer.billing.invoice.InvoiceHeaders;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** crm {@code /mt/crm/customer/invoiceHeader/list} (3.7.49; gateway route crm-invoice-header → billing). */
@RestController
@RequiresMenu(MenuCodes.CRM_INVOICE)
public class CrmInvoiceHeaderController {

    private final InvoiceHeaders headers;

    public CrmInvoiceHeaderController(InvoiceHeaders headers) {
        this.headers = headers;
    }

    @PostMapping("/mt/crm/customer/invoiceHeader/list")
    public ApiResponse<List<InvoiceHeaderView>> list(@Valid @RequestBody HeaderQuery q) {
        return ApiResponse.ok(headers.list(q.userId(), q.invoiceType(), StatementScope.crm()));
    }
}
