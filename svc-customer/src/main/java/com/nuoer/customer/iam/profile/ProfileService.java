package com.nuoer.customer.iam.profile;

import com.nuoer.common.audit.AuditTrail;
import com.nuoer.common.error.BizException;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.StaffRepository;
import com.nuoer.customer.iam.UserAccount;
import com.nuoer.customer.iam.UserAccountRepository;
import com.nuoer.customer.iam.sms.SmsCodeService;
import com.nuoer.customer.iam.sms.SmsScene;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own profile (sales 4.6.2 editInfo): nickname and e-mail freely; a new mobile needs the
 * {@code bindMobile} code sent to that mobile, a new password the {@code resetPassword} code sent to the current
 * mobile (one of the two per request). The staff row of the caller's app follows the account's contact data.
 */
@Service
public class ProfileService {

    private static final Logger log = LoggerFactory.getLogger(ProfileService.class);

    private final UserAccountRepository users;
    private final StaffRepository staff;
    private final SmsCodeService codes;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public ProfileService(UserAccountRepository users, StaffRepository staff, SmsCodeService codes,
                          PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.staff = staff;
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public record EditInfo(String nickname, String mobile, String email, String password, String smsCode) {
    }

    private AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    void setAuditTrail(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public void editInfo(SessionInfo caller, EditInfo edit) {
        if (Boolean.TRUE.equals(caller.isTemp()) && (edit.mobile() != null || edit.password() != null)) {
            throw BizException.forbidden("临时登录不能修改手机号或密码");
        }
        UserAccount user = users.findForUpdateById(caller.userId()).orElseThrow(() -> BizException.notFound("用户"));
        String newMobile = edit.mobile() == null || edit.mobile().isBlank() || edit.mobile().equals(user.getMobile())
                ? null : edit.mobile();
        boolean newPassword = edit.password() != null && !edit.password().isEmpty();
        if (newMobile != null && newPassword) {
            throw BizException.badRequest("手机号和密码请分别修改");
        }
        if ((newMobile != null || newPassword) && (edit.smsCode() == null || edit.smsCode().isBlank())) {
            throw IamError.SMS_CODE_REQUIRED.exception();
        }
        if (newMobile != null) {
            codes.verify(user.getId(), SmsScene.BIND_MOBILE, newMobile, edit.smsCode());
        }
        if (newPassword) {
            if (user.getMobile() == null) {
                throw BizException.badRequest("账号未绑定手机号，不能通过验证码修改密码");
            }
            codes.verify(user.getId(), SmsScene.RESET_PASSWORD, user.getMobile(), edit.smsCode());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        user.updateProfile(blankToNull(edit.nickname()), newMobile, edit.email(), now);
        if (newPassword) {
            user.changePassword(passwordEncoder.encode(edit.password()), now);
            audit.record("user.password", "user", user.getId(), null,
                    AuditTrail.fields("changed", "password", "verifiedBy", "smsCode"));
        }
        if (caller.staffId() != null) {
            staff.findById(caller.staffId()).filter(s -> s.getUserId().equals(user.getId()))
                    .ifPresent(s -> s.describe(null, newMobile, edit.email(), null, null, now));
        }
        log.info("user {} edited the profile{}{}", user.getId(), newMobile != null ? " (mobile)" : "",
                newPassword ? " (password)" : "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
