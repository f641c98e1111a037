package com.nuoer.customer.iam.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.SessionService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** beeback 2.4.1 查询登录信息. (The other {@code /mt/beeback/dept/**} endpoints belong to the org feature.) */
@RestController
public class BeebackSessionController {

    private final SessionService sessions;

    public BeebackSessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/mt/beeback/dept/querySession")
    public ApiResponse<BeebackSessionView> querySession(
            @RequestParam(required = false) Boolean mustRefresh, HttpServletRequest request) {
        SessionInfo caller = SessionContext.require();
        SessionInfo session = Boolean.TRUE.equals(mustRefresh)
                ? sessions.refresh(caller, ClientIp.of(request))
                : caller;
        return ApiResponse.ok(BeebackSessionView.of(session));
    }
}
