package com.nuoer.customer.iam.staff.web;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.staff.StaffService;
import com.nuoer.customer.iam.staff.web.StaffDtos.AddStaffRequest;
import com.nuoer.customer.iam.staff.web.StaffDtos.BindableUserRequest;
import com.nuoer.customer.iam.staff.web.StaffDtos.BindableUserView;
import com.nuoer.customer.iam.staff.web.StaffDtos.DeleteStaffRequest;
import com.nuoer.customer.iam.staff.web.StaffDtos.EditStaffRequest;
import com.nuoer.customer.iam.staff.web.StaffDtos.ListStaffRequest;
import com.nuoer.customer.iam.staff.web.StaffDtos.StaffView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm 3.4.7–3.4.11 staff and the users that can become staff (组织管理). */
@RestController
@RequestMapping("/mt/crm/org")
@RequiresMenu(MenuCodes.CRM_ORG)
public class CrmStaffController {

    private final StaffService staff;

    public CrmStaffController(StaffService staff) {
        this.staff = staff;
    }

    @PostMapping("/queryBindableUserList")
    public ApiResponse<PageResult<BindableUserView>> bindableUsers(@Valid @RequestBody BindableUserRequest body) {
        return ApiResponse.ok(staff.bindableUsers(body.keyword(), body.appcode(), body.slice())
                .map(BindableUserView::of));
    }

    /** The new staff id. */
    @PostMapping("/staff/add")
    public ApiResponse<Long> add(@Valid @RequestBody AddStaffRequest body) {
        return ApiResponse.ok(staff.add(body.toCommand(), SessionContext.require().userId()));
    }

    @PostMapping("/staff/edit")
    public ApiResponse<Void> edit(@Valid @RequestBody EditStaffRequest body) {
        staff.edit(body.toCommand());
        return ApiResponse.ok();
    }

    @PostMapping("/staff/list")
    public ApiResponse<PageResult<StaffView>> list(@Valid @RequestBody ListStaffRequest body) {
        return ApiResponse.ok(staff.list(new StaffService.Filter(body.merchantId(), body.id(), body.departmentId(),
                body.keyword(), body.queryScene(), body.excludeIdList()), body.slice()).map(StaffView::of));
    }

    @PostMapping("/staff/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody DeleteStaffRequest body) {
        staff.delete(body.id(), Boolean.TRUE.equals(body.confirmed()));
        return ApiResponse.ok();
    }
}
