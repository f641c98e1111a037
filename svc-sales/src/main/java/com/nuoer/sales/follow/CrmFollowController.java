package com.nuoer.sales.follow;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.follow.FollowDtos.FollowListRequest;
import com.nuoer.sales.follow.FollowDtos.FollowView;
import com.nuoer.sales.follow.FollowDtos.IdRequest;
import com.nuoer.sales.follow.FollowDtos.OpportunityListRequest;
import com.nuoer.sales.follow.FollowDtos.OpportunityView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm follow-ups and opportunities: 3.7.52–3.7.54. */
@RestController
@RequestMapping("/mt/crm/customer")
@RequiresMenu(MenuCodes.CRM_SALES)
public class CrmFollowController {

    private final FollowService follows;

    public CrmFollowController(FollowService follows) {
        this.follows = follows;
    }

    @PostMapping("/follow/list")
    public ApiResponse<PageResult<FollowView>> follows(@Valid @RequestBody FollowListRequest request) {
        return ApiResponse.ok(follows.follows(request, SessionContext.require(), false));
    }

    @PostMapping("/opportunity/list")
    public ApiResponse<PageResult<OpportunityView>> opportunities(@Valid @RequestBody OpportunityListRequest request) {
        return ApiResponse.ok(follows.opportunities(request, SessionContext.require(), false));
    }

    @PostMapping("/opportunity/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody IdRequest request) {
        follows.deleteOpportunity(request.id(), SessionContext.require(), false);
        return ApiResponse.ok();
    }
}
