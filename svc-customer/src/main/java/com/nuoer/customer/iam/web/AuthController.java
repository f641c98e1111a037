package com.nuoer.customer.iam.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.LoginService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /mt/auth/**}: login (anonymous) and logout (the caller's own session). Additions to the seed (§6-27). */
@RestController
@RequestMapping("/mt/auth")
public class AuthController {

    private final LoginService loginService;

    public AuthController(LoginService loginService) {
        this.loginService = loginService;
    }

    /** The new session, with its {@code stoken} (sent back as {@code Authorization: Bearer <stoken>}). */
    @PostMapping("/login")
    public ApiResponse<SessionInfo> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        return ApiResponse.ok(loginService.login(body.appcode(), body.username(), body.password(),
                ClientIp.of(request)));
    }

    @PostMapping("/logout")
    public ApiResponse<Void> logout() {
        loginService.logout(SessionContext.require());
        return ApiResponse.ok();
    }
}
