package com.nuoer.sales.follow;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.follow.FollowDtos.FollowListRequest;
import com.nuoer.sales.follow.FollowDtos.FollowView;
import com.nuoer.sales.follow.FollowDtos.IdRequest;
import com.nuoer.sales.follow.FollowDtos.OpportunityListRequest;
import com.nuoer.sales.follow.FollowDtos.OpportunityView;
import com.nuoer.sales.follow.FollowDtos.SaveFollowRequest;
import com.nuoer.sales.follow.FollowDtos.SaveOpportunityRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales follow-ups and opportunities of the salesman's own customers: 4.5.7, 4.5.8, 4.5.18–4.5.20. */
@RestController
@RequestMapping("/mt/sales/customer")
public class SalesFollowController {

    private final FollowService follows;

    public SalesFollowController(FollowService follows) {
        this.follows = follows;
    }

    @PostMapping("/follow/save")
    public ApiResponse<Void> save(@Valid @RequestBody SaveFollowRequest request) {
        follows.saveFollow(request, SessionContext.require());
        return ApiResponse.ok();
    }

    @PostMapping("/follow/list")
    public ApiResponse<PageResult<FollowView>> list(@Valid @RequestBody FollowListRequest request) {
        return ApiResponse.ok(follows.follows(request, SessionContext.require(), true));
    }

    @PostMapping("/opportunity/save")
    public ApiResponse<Long> saveOpportunity(@Valid @RequestBody SaveOpportunityRequest request) {
        return ApiResponse.ok(follows.saveOpportunity(request, SessionContext.require()));
    }

    @PostMapping("/opportunity/list")
    public ApiResponse<PageResult<OpportunityView>> opportunities(@Valid @RequestBody OpportunityListRequest request) {
        return ApiResponse.ok(follows.opportunities(request, SessionContext.require(), true));
    }

    @PostMapping("/opportunity/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody IdRequest request) {
        follows.deleteOpportunity(request.id(), SessionContext.require(), true);
        return ApiResponse.ok();
    }
}
