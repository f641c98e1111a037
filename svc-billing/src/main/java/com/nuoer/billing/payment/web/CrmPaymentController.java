package com.nuoer.billing.payment.web;

import com.nuoer.billing.payment.PaymentDtos.AuditRequest;
import com.nuoer.billing.payment.PaymentDtos.PaymentQuery;
import com.nuoer.billing.payment.PaymentDtos.PaymentSum;
import com.nuoer.billing.payment.PaymentDtos.PaymentView;
import com.nuoer.billing.payment.PaymentQueries;
import com.nuoer.billing.payment.PaymentAudit;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.trace.TraceContext;
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

    private final PaymentAudit audit;
    private final PaymentQueries queries;

    public CrmPaymentController(PaymentAudit audit, PaymentQueries queries) {
        this.audit = audit;
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

    /**
     * Seed answer without data: with Seata on, a pass answers in {@code msg} what svc-wallet credited in the same
     * global transaction (amount and the balance after it).
     */
    @PostMapping("/audit")
    public ApiResponse<Void> audit(@Valid @RequestBody AuditRequest r) {
        return audit.audit(r.paymentNo().trim(), "pass".equals(r.auditType()), r.rejectReason())
                .filter(c -> c.balance() != null)
                .map(c -> new ApiResponse<Void>(ErrorCode.SUCCESS.code(), ApiResponse.OK_MSG + ": "
                        + ("APPLIED".equals(c.outcome()) ? "回款余额已充值到钱包" + c.walletId() : "回款余额此前已充值到钱包"
                        + c.walletId()) + "，钱包余额" + c.balance().toPlainString(),
                        null, System.currentTimeMillis(), TraceContext.currentOrEmpty()))
                .orElseGet(ApiResponse::ok);
    }
}
