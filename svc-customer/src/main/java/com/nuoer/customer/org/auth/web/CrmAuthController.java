package com.nuoer.customer.org.auth.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.org.auth.AuthRecordService;
import com.nuoer.customer.org.auth.AuthRecordView;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm authentication records (flow F3, menu crm:customer:auth): auth/list|detail|edit|audit and manualAuth. */
@RestController
@RequestMapping("/mt/crm/customer")
@RequiresMenu(MenuCodes.CRM_CUSTOMER_AUTH)
public class CrmAuthController {

    private final AuthRecordService auth;

    public CrmAuthController(AuthRecordService auth) {
        this.auth = auth;
    }

    @PostMapping("/auth/list")
    public ApiResponse<PageResult<AuthRecordView>> list(@Valid @RequestBody AuthDtos.AuthListRequest q) {
        return ApiResponse.ok(auth.list(q.stateList(), q.authTypeCode(), q.userId(), q.slice()));
    }

    @GetMapping("/auth/detail/{id}")
    public ApiResponse<AuthRecordView> detail(@PathVariable("id") Long id) {
        return ApiResponse.ok(auth.detail(id));
    }

    @PostMapping("/auth/edit")
    public ApiResponse<Map<String, Object>> edit(@Valid @RequestBody AuthDtos.AuthEditRequest r) {
        auth.edit(r.id(), r.data(), r.auditRemark());
        return ApiResponse.ok(Map.of());
    }

    @PostMapping("/auth/audit")
    public ApiResponse<Map<String, Object>> audit(@Valid @RequestBody AuthDtos.AuthAuditRequest r) {
        auth.audit(r.id(), "pass".equals(r.auditType()), r.rejectReason(), SessionContext.require());
        return ApiResponse.ok(Map.of());
    }

    @PostMapping("/manualAuth")
    public ApiResponse<Map<String, Object>> manualAuth(@Valid @RequestBody AuthDtos.ManualAuthRequest r) {
        auth.manualAuth(r.userId(), r.data(), SessionContext.require());
        return ApiResponse.ok(Map.of());
    }
}
