package com.nuoer.billing.payment.web;

import com.nuoer.billing.payment.PaymentDtos.AuditRequest;
import com.nuoer.billing.payment.PaymentDtos.PaymentQuery;
import com.nuoer.billing.payment.PaymentDtos.PaymentSum;
import com.nuoer.billing.payment.PaymentDtos.PaymentView;
import com.nuoer.billing.payment.PaymentQueries;
import com.nuoer.billing.payment.PaymentService;
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

/** crm 回款 {@code /mt/crm/bill/payment/**} (3.3.26-3.3.28), menu crm:payment. */
@RestController
@RequestMapping("/mt/crm/bill/payment")
@RequiresMenu(MenuCodes.CRM_PAYMENT)
public class CrmPaymentController {

    private final PaymentService service;
    private final PaymentQueries queries;

    public CrmPaymentController(PaymentService service, PaymentQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<PaymentView>> list(@Valid @RequestBody PaymentQuery q) {
        return ApiResponse.ok(queries.list(q, StatementScope.crm()));
    }

    @PostMapping("/sum")
    public ApiResponse<PaymentSum> sum(@Valid @RequestBody PaymentQuery q) {
        return ApiResponse.ok(queries.sum(q, StatementScope.crm()));
    }

    @PostMapping("/audit")
    public ApiResponse<Void> audit(@Valid @RequestBody AuditRequest r) {
        service.audit(r.paymentNo().trim(), "pass".equals(r.auditType()), r.rejectReason());
        return ApiResponse.ok();
    }
}
