package com.nuoer.customer.iam.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.LoginService;
import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "登录", description = "用户名密码登录（不在接口文档中，domain.md §6-27）：appcode 为 crm / sales / beeback，"
            + "返回 data.stoken，之后请求头带 Authorization: Bearer <stoken>；连续5次密码错误锁定15分钟")
    @PostMapping("/login")
    public ApiResponse<SessionInfo> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        return ApiResponse.ok(loginService.login(body.appcode(), body.username(), body.password(),
                ClientIp.of(request)));
    }

    @Operation(summary = "退出登录", description = "使当前会话（Bearer stoken）失效")
    @PostMapping("/logout")
    public ApiResponse<Void> logout() {
        loginService.logout(SessionContext.require());
        return ApiResponse.ok();
    }
}
