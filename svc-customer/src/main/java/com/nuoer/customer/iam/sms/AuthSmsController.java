package com.nuoer.customer.iam.sms;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.validation.Mobile;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /mt/auth/sendSmsCode}: our addition (§6-27) for editInfo's verification codes; needs a session. */
@RestController
public class AuthSmsController {

    private final SmsCodeService codes;

    public AuthSmsController(SmsCodeService codes) {
        this.codes = codes;
    }

    public record SendSmsCodeRequest(
            @NotBlank @Pattern(regexp = "bindMobile|resetPassword", message = "场景只能是bindMobile或resetPassword")
            String scene,
            @Mobile String mobile) {
    }

    /** Answers the mobile the code went to, masked (138****0001). */
    @PostMapping("/mt/auth/sendSmsCode")
    public ApiResponse<String> send(@Valid @RequestBody SendSmsCodeRequest body) {
        String to = codes.send(SessionContext.require(), SmsScene.fromCode(body.scene()).orElseThrow(), body.mobile());
        return ApiResponse.ok(to.substring(0, 3) + "****" + to.substring(to.length() - 4));
    }
}
