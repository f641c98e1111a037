package com.nuoer.customer.iam.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.SessionService;
import com.nuoer.customer.iam.profile.ProfileService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** sales 4.6.2 编辑基本信息; the session is rebuilt afterwards so querySession shows the new data. */
@RestController
public class SalesLoginController {

    private final ProfileService profiles;
    private final SessionService sessions;

    public SalesLoginController(ProfileService profiles, SessionService sessions) {
        this.profiles = profiles;
        this.sessions = sessions;
    }

    /**
     * Seed fields {@code mobile, email, smsCode}; ours: {@code nickname}, {@code password} (8–32 characters with
     * letters and digits, needs the resetPassword code).
     */
    public record EditInfoRequest(@Mobile String mobile, @Email @Size(max = 128) String email,
                                  @Pattern(regexp = "\\d{6}", message = "验证码为6位数字") String smsCode,
                                  @Size(max = 64) String nickname,
                                  @Size(min = 8, max = 32, message = "密码长度为8-32位")
                                  @Pattern(regexp = "^(?=.*[A-Za-z])(?=.*\\d).+$", message = "密码须包含字母和数字")
                                  String password) {
    }

    @PostMapping("/mt/sales/login/editInfo")
    public ApiResponse<Void> editInfo(@Valid @RequestBody EditInfoRequest body, HttpServletRequest request) {
        SessionInfo caller = SessionContext.require();
        profiles.editInfo(caller, new ProfileService.EditInfo(body.nickname(), body.mobile(), body.email(),
                body.password(), body.smsCode()));
        if (!caller.isService()) {
            try {
                sessions.refresh(caller, ClientIp.of(request));
            } catch (RuntimeException ignored) {
                // the change is saved; a session that cannot be rebuilt simply shows the old data until next login
            }
        }
        return ApiResponse.ok();
    }
}
