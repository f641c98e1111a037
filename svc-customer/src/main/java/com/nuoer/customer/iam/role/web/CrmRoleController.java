package com.nuoer.customer.iam.role.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.role.RoleService;
import com.nuoer.customer.iam.role.web.RoleDtos.DeleteRoleRequest;
import com.nuoer.customer.iam.role.web.RoleDtos.ListRoleRequest;
import com.nuoer.customer.iam.role.web.RoleDtos.RoleView;
import com.nuoer.customer.iam.role.web.RoleDtos.SaveRoleRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm 3.4.4–3.4.6 roles (组织管理). */
@RestController
@RequestMapping("/mt/crm/org/role")
@RequiresMenu(MenuCodes.CRM_ORG)
public class CrmRoleController {

    private final RoleService roles;

    public CrmRoleController(RoleService roles) {
        this.roles = roles;
    }

    @PostMapping("/save")
    public ApiResponse<Void> save(@Valid @RequestBody SaveRoleRequest body) {
        roles.save(body.id(), body.name().trim(), body.remark(), body.appcode(), body.grants(),
                SessionContext.require().userId());
        return ApiResponse.ok();
    }

    @PostMapping("/list")
    public ApiResponse<PageResult<RoleView>> list(@Valid @RequestBody ListRoleRequest body) {
        return ApiResponse.ok(roles.list(new RoleService.Filter(body.id(), body.name(), body.appcode()),
                body.slice()).map(RoleView::of));
    }

    @PostMapping("/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody DeleteRoleRequest body) {
        roles.delete(body.id());
        return ApiResponse.ok();
    }
}
