package com.nuoer.sales.maintain;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.maintain.MaintainRequests.AssignRequest;
import com.nuoer.sales.maintain.MaintainRequests.BatchAssignRequest;
import com.nuoer.sales.maintain.MaintainRequests.EditAssistantRequest;
import com.nuoer.sales.maintain.MaintainRequests.EditGainChannelRequest;
import com.nuoer.sales.maintain.MaintainRequests.EditSpreaderRoyaltiesRequest;
import com.nuoer.sales.maintain.MaintainRequests.HandoverRequest;
import com.nuoer.sales.maintain.MaintainRequests.MaintainListRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** crm customer ↔ salesman assignment: 3.4.12, 3.5.1–3.5.4, 3.7.9, 3.7.11, 3.7.14, 3.7.15, 3.7.33. */
@RestController
@RequiresMenu(MenuCodes.CRM_SALES)
public class CrmMaintainController {

    private final MaintainService maintain;
    private final SpreaderRoyaltyService royalties;

    public CrmMaintainController(MaintainService maintain, SpreaderRoyaltyService royalties) {
        this.maintain = maintain;
        this.royalties = royalties;
    }

    @PostMapping({"/mt/crm/sales/maintain/list", "/mt/crm/customer/maintainList"})
    public ApiResponse<PageResult<MaintainView>> list(@Valid @RequestBody MaintainListRequest request) {
        SessionContext.require();
        return ApiResponse.ok(maintain.list(request, null));
    }

    @GetMapping({"/mt/crm/sales/maintain/assignHistories/{customerId}", "/mt/crm/customer/assignHistories/{customerId}"})
    public ApiResponse<List<MaintainView>> histories(@PathVariable long customerId) {
        SessionContext.require();
        return ApiResponse.ok(maintain.histories(customerId));
    }

    @PostMapping("/mt/crm/sales/maintain/assign")
    public ApiResponse<Void> assign(@Valid @RequestBody AssignRequest request) {
        maintain.assign(request, SessionContext.require());
        return ApiResponse.ok();
    }

    @PostMapping("/mt/crm/sales/maintain/batchAssign")
    public ApiResponse<Void> batchAssign(@Valid @RequestBody BatchAssignRequest request) {
        maintain.batchAssign(request, SessionContext.require());
        return ApiResponse.ok();
    }

    @PostMapping("/mt/crm/customer/editAssistant")
    public ApiResponse<Void> editAssistant(@Valid @RequestBody EditAssistantRequest request) {
        maintain.editAssistant(request, SessionContext.require());
        return ApiResponse.ok();
    }

    @PostMapping("/mt/crm/customer/editGainChannel")
    public ApiResponse<Void> editGainChannel(@Valid @RequestBody EditGainChannelRequest request) {
        maintain.editGainChannel(request, SessionContext.require());
        return ApiResponse.ok();
    }

    @PostMapping("/mt/crm/org/staff/handover")
    public ApiResponse<Void> handover(@Valid @RequestBody HandoverRequest request) {
        maintain.handover(request, SessionContext.require());
        return ApiResponse.ok();
    }

    @PostMapping("/mt/crm/customer/deptItem/editSpreaderRoyalties")
    public ApiResponse<Void> editSpreaderRoyalties(@Valid @RequestBody EditSpreaderRoyaltiesRequest request) {
        royalties.edit(request, SessionContext.require().userId());
        return ApiResponse.ok();
    }
}
