package com.nuoer.customer.audit.web;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.audit.AuditLog;
import com.nuoer.customer.audit.AuditQuery;
import com.nuoer.customer.audit.AuditView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops view of the audit log (not in the seed): who changed money, prices, roles, secrets or whitelists, when, from
 * where, and the before/after. crm only, menu {@code crm:audit} (admin has it).
 */
@RestController
@RequestMapping("/mt/crm/audit")
@RequiresMenu(MenuCodes.CRM_AUDIT)
public class CrmAuditController {

    private final AuditLog log;

    public CrmAuditController(AuditLog log) {
        this.log = log;
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<AuditView>> list(@Valid @RequestBody(required = false) AuditQuery query) {
        requireCrm();
        return ApiResponse.ok(log.list(query == null ? AuditQuery.empty() : query));
    }

    @GetMapping("/{id}")
    public ApiResponse<AuditView> get(@PathVariable("id") long id) {
        requireCrm();
        return ApiResponse.ok(log.find(id).orElseThrow(() -> BizException.notFound("审计记录")));
    }

    /** The gateway already admits only crm sessions on /mt/crm/**; a direct caller of another app is refused too. */
    private static void requireCrm() {
        if (!AppCode.CRM.code().equals(SessionContext.require().appcode())) {
            throw new BizException(ErrorCode.FORBIDDEN, "审计日志仅对运营后台开放");
        }
    }
}
