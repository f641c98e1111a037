package com.nuoer.billing.statement.web;

import com.nuoer.billing.statement.StatementDocuments;
import com.nuoer.billing.statement.StatementDtos.AttachmentRequest;
import com.nuoer.billing.statement.StatementDtos.BillIdRequest;
import com.nuoer.billing.statement.StatementDtos.DetailRequest;
import com.nuoer.billing.statement.StatementDtos.IdRequest;
import com.nuoer.billing.statement.StatementDtos.IdsRequest;
import com.nuoer.billing.statement.StatementDtos.MergeDetailRequest;
import com.nuoer.billing.statement.StatementDtos.ModifyStatementRequest;
import com.nuoer.billing.statement.StatementDtos.Receivers;
import com.nuoer.billing.statement.StatementDtos.ResendRequest;
import com.nuoer.billing.statement.StatementDtos.SaveSubBillRequest;
import com.nuoer.billing.statement.StatementDtos.StatementQuery;
import com.nuoer.billing.statement.StatementDtos.StatementView;
import com.nuoer.billing.statement.StatementQueries;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.billing.statement.StatementService;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales 财务 {@code /mt/sales/finance/**} (4.7.1-4.7.9, 4.7.14-16): the statements of the salesman's own customers (all for an app manager). */
@RestController
@RequestMapping("/mt/sales/finance")
public class SalesFinanceStatementController {

    private final StatementService service;
    private final StatementQueries queries;
    private final StatementDocuments documents;

    public SalesFinanceStatementController(StatementService service, StatementQueries queries, StatementDocuments documents) {
        this.service = service;
        this.queries = queries;
        this.documents = documents;
    }

    private static StatementScope scope() {
        return StatementScope.sales(SessionContext.require());
    }

    @PostMapping("/billStatement/list")
    public ApiResponse<PageResult<StatementView>> list(@Valid @RequestBody StatementQuery q) {
        return ApiResponse.ok(queries.list(q, scope()));
    }


    @PostMapping("/billStatement/export")
    public void export(@Valid @RequestBody StatementQuery q, HttpServletResponse response) throws IOException {
        var rows = queries.all(q, scope());
        XlsxResponse.prepare(response, "账单列表.xlsx");
        documents.exportList(rows, response.getOutputStream());
    }

    @PostMapping("/detail")
    public ApiResponse<StatementView> detail(@Valid @RequestBody DetailRequest r) {
        return ApiResponse.ok(service.detail(r.statementNo(), r.deptId(), scope()));
    }

    @PostMapping("/mergeDetail")
    public ApiResponse<Void> mergeDetail(@Valid @RequestBody MergeDetailRequest r) {
        service.mergeDetail(r, scope());
        return ApiResponse.ok();
    }

    @PostMapping("/modifyStatement")
    public ApiResponse<Void> modifyStatement(@Valid @RequestBody ModifyStatementRequest r) {
        service.modifyStatement(r.statementNo(), r.canInvoiceAmount(), scope());
        return ApiResponse.ok();
    }

    @PostMapping("/saveSubBill")
    public ApiResponse<Void> saveSubBill(@Valid @RequestBody SaveSubBillRequest r) {
        service.saveSubBill(r, scope());
        return ApiResponse.ok();
    }

    @PostMapping("/removeSubBill")
    public ApiResponse<Void> removeSubBill(@Valid @RequestBody IdRequest r) {
        service.removeSubBill(r.id(), scope());
        return ApiResponse.ok();
    }

    @PostMapping("/billStatement/gainAttachment")
    public ApiResponse<String> gainAttachment(@Valid @RequestBody AttachmentRequest r) {
        return ApiResponse.ok(service.gainAttachment(r.billId(), Boolean.TRUE.equals(r.rebuildForce()), scope()));
    }

    @GetMapping("/billStatement/selectReceivers/{deptId}")
    public ApiResponse<Receivers> selectReceivers(@PathVariable Long deptId) {
        return ApiResponse.ok(service.receivers(deptId, scope()));
    }

    @PostMapping("/recheck")
    public ApiResponse<Void> recheck(@Valid @RequestBody BillIdRequest r) {
        service.recheck(r.billId(), scope());
        return ApiResponse.ok();
    }

    @PostMapping("/billStatement/resend")
    public ApiResponse<Void> resend(@Valid @RequestBody ResendRequest r) {
        service.resend(r, scope());
        return ApiResponse.ok();
    }


    @PostMapping("/archive")
    public ApiResponse<Void> archive(@Valid @RequestBody IdsRequest r) {
        service.archive(r.ids(), scope());
        return ApiResponse.ok();
    }

}
