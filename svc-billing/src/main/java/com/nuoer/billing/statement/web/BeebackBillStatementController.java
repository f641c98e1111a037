package com.nuoer.billing.statement.web;

import com.nuoer.billing.statement.StatementDtos.ConfirmRequest;
import com.nuoer.billing.statement.StatementDtos.StatementQuery;
import com.nuoer.billing.statement.StatementDtos.StatementView;
import com.nuoer.billing.statement.StatementQueries;
import com.nuoer.billing.statement.StatementScope;
import com.nuoer.billing.statement.StatementService;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * beeback 账单 {@code /mt/beeback/billStatement/**} (2.5.1, 2.5.2, 2.5.4): the customer's own statements (its
 * organisation's developer accounts; {@code deptIdList}/{@code deptId} from the body only narrow within that).
 */
@RestController
@Validated
@RequestMapping("/mt/beeback/billStatement")
public class BeebackBillStatementController {

    private final StatementService service;
    private final StatementQueries queries;

    public BeebackBillStatementController(StatementService service, StatementQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    private static StatementScope scope() {
        return StatementScope.beeback(SessionContext.require());
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<StatementView>> list(@Valid @RequestBody StatementQuery q) {
        return ApiResponse.ok(queries.list(q, scope()));
    }

    @GetMapping("/detail/{statementNo}")
    public ApiResponse<StatementView> detail(@PathVariable @Size(max = 32) String statementNo) {
        return ApiResponse.ok(service.detail(statementNo, null, scope()));
    }

    @PostMapping("/confirm")
    public ApiResponse<Void> confirm(@Valid @RequestBody ConfirmRequest r) {
        service.confirm(r.statementNoList(), scope());
        return ApiResponse.ok();
    }
}
