package com.nuoer.billing.statement;

import com.nuoer.common.web.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/billing/statement/state?deptId=&billDate=yyyy-MM}: the state of a developer account's statement
 * of one month, for svc-apicall's {@code editApiRecord} (domain.md §6-20: the fee of a call may no longer change once
 * the month's statement is confirmed (20) or archived (30)). {@code data = null}: no statement for that month yet.
 */
@RestController
@RequestMapping("/internal/billing/statement")
public class InternalStatementStateController {

    /** {@code locked}: confirmed or archived — the amounts of the month are final. */
    public record StatementStateView(String statementNo, String billDate, int state, String stateName, boolean locked) {
    }

    private final StatementRepository statements;

    public InternalStatementStateController(StatementRepository statements) {
        this.statements = statements;
    }

    @GetMapping("/state")
    public ApiResponse<StatementStateView> state(@RequestParam Long deptId, @RequestParam String billDate) {
        return ApiResponse.ok(statements.findByDeptIdAndBillDate(deptId, billDate)
                .filter(s -> !s.isDeleted())
                .map(s -> new StatementStateView(s.getStatementNo(), s.getBillDate(), s.getState(),
                        StatementState.labelOf(s.getState()), s.getState() == StatementState.CONFIRMED.code()
                                || s.getState() == StatementState.ARCHIVED.code()))
                .orElse(null));
    }
}
