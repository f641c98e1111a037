package com.nuoer.billing.payment.web;

import com.nuoer.billing.payment.PaymentDtos.AddPaymentRequest;
import com.nuoer.billing.payment.PaymentDtos.PaymentQuery;
import com.nuoer.billing.payment.PaymentDtos.PaymentView;
import com.nuoer.billing.payment.PaymentDtos.ReceivableQuery;
import com.nuoer.billing.payment.PaymentDtos.ReceivableView;
import com.nuoer.billing.payment.PaymentQueries;
import com.nuoer.billing.payment.PaymentService;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales 回款 {@code /mt/sales/finance/payment/**} (4.7.10-4.7.13): the salesman's own customers (all for a manager). */
@RestController
@Validated
@RequestMapping("/mt/sales/finance/payment")
public class SalesPaymentController {

    private final PaymentService service;
    private final PaymentQueries queries;

    public SalesPaymentController(PaymentService service, PaymentQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    private static StatementScope scope() {
        return StatementScope.sales(SessionContext.require());
    }

    @PostMapping("/receivableBillList")
    public ApiResponse<List<ReceivableView>> receivables(@Valid @RequestBody ReceivableQuery q) {
        return ApiResponse.ok(queries.receivables(q.customerIds(), scope()));
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<PaymentView>> list(@Valid @RequestBody PaymentQuery q) {
        return ApiResponse.ok(queries.list(q, scope()));
    }

    @GetMapping("/detail/{paymentNo}")
    public ApiResponse<PaymentView> detail(@PathVariable @Size(max = 32) String paymentNo) {
        return ApiResponse.ok(service.detail(paymentNo, scope()));
    }

    @PostMapping("/add")
    public ApiResponse<Void> add(@Valid @RequestBody AddPaymentRequest r) {
        service.add(r, scope());
        return ApiResponse.ok();
    }
}
