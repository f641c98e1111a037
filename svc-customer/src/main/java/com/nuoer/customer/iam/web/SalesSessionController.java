package com.nuoer.customer.iam.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.SessionService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** sales 4.6.1 查询登录信息 ({@code mustRefresh} is not in the seed for sales; accepted like beeback's). */
@RestController
public class SalesSessionController {

    private final SessionService sessions;

    public SalesSessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/mt/sales/login/querySession")
    public ApiResponse<SalesSessionView> querySession(
            @RequestParam(required = false) Boolean mustRefresh, HttpServletRequest request) {
        SessionInfo caller = SessionContext.require();
        SessionInfo session = Boolean.TRUE.equals(mustRefresh)
                ? sessions.refresh(caller, ClientIp.of(request))
                : caller;
        return ApiResponse.ok(SalesSessionView.of(session));
    }
}
