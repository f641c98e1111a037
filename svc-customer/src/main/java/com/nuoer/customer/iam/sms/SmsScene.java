package com.nuoer.customer.iam.sms;

import java.util.Optional;

/** What an SMS verification code is for (seed 4.6.2: 「修改手机号:bindMobile,修改密码:resetPassword」). */
public enum SmsScene {
    BIND_MOBILE("bindMobile", "SMS_VERIFY_BIND_MOBILE"),
    RESET_PASSWORD("resetPassword", "SMS_VERIFY_RESET_PASSWORD");

    private final String code;
    private final String templateCode;

    SmsScene(String code, String templateCode) {
        this.code = code;
        this.templateCode = templateCode;
    }

    public String code() {
        return code;
    }

    public String templateCode() {
        return templateCode;
    }

    public static Optional<SmsScene> fromCode(String code) {
        for (SmsScene s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
