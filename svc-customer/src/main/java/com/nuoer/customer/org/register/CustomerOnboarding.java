package com.nuoer.customer.org.register;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.session.AppCode;
import com.nuoer.customer.iam.UserAccount;
import com.nuoer.customer.iam.UserAccountRepository;
import com.nuoer.customer.iam.UserState;
import com.nuoer.customer.org.CustomerEventPublisher;
import com.nuoer.customer.org.OrgErrorCode;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import com.nuoer.customer.org.auth.AuthRecord;
import com.nuoer.customer.org.auth.AuthRecordRepository;
import com.nuoer.customer.org.auth.AuthType;
import com.nuoer.customer.org.organization.AppCatalog;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "registration passed" step of flow F1, shared by registerAudit, crm register and syncRegister, always inside
 * the caller's transaction: the owner user account (a generated initial password, BCrypt-hashed, and the apps of
 * {@code appcodes}), the organisation (state 10, maintained by the form's salesman), a passed authentication record
 * from the form's enterprise data, and the outbox events CustomerRegistered + CustomerAuthenticated. With
 * {@code noticeAtOnce} the customer gets username and initial password by SMS through the notification centre
 * (SendNotice on notify-command) — the only place the plain password ever goes.
 */
@Component
public class CustomerOnboarding {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String PASSWORD_SYMBOLS = "@#$%&*!";

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final AuthRecordRepository authRecords;
    private final CustomerEventPublisher events;
    private final OutboxPublisher outbox;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random;
    private final JdbcTemplate jdbc;

    public CustomerOnboarding(UserAccountRepository users, OrganizationRepository organizations,
                              AuthRecordRepository authRecords, CustomerEventPublisher events, OutboxPublisher outbox,
                              PasswordEncoder passwordEncoder, SecureRandom random, JdbcTemplate jdbc) {
        this.users = users;
        this.organizations = organizations;
        this.authRecords = authRecords;
        this.events = events;
        this.outbox = outbox;
        this.passwordEncoder = passwordEncoder;
        this.random = random;
        this.jdbc = jdbc;
    }

    /** The created customer; {@code initialPassword} is for the notice only and is never returned to a client. */
    public record Onboarded(Organization organization, UserAccount user, AuthRecord authRecord,
                            String initialPassword) {
    }

    /** The apps of {@code appcodes}, refused with 40001 when one is not a customer app. */
    public static Set<AppCode> customerApps(List<RegisterForm.AppcodeItem> items) {
        Set<AppCode> apps = new LinkedHashSet<>();
        for (RegisterForm.AppcodeItem item : items) {
            apps.add(AppCatalog.customerApp(item.appcode()).orElseThrow(() -> new BizException(
                    ErrorCode.VALIDATION_FAILED, "appcodes: 不支持为客户开通应用 " + item.appcode())));
        }
        return apps;
    }

    /** A maintaining salesman given in a form must be a known salesman (40001 otherwise). */
    public void requireSalesman(Long assistantId) {
        if (assistantId == null) {
            return;
        }
        Integer n = jdbc.queryForObject("select count(*) from salesman_view where user_id = ?", Integer.class,
                assistantId);
        if (n == null || n == 0) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "assistantId: 维护人不存在或不是销售员");
        }
    }

    /** True when a customer (not deleted) already uses this mobile. */
    public boolean mobileInUse(String mobile) {
        return organizations.findFirstByMobileAndDeletedFalseOrderByIdAsc(mobile).isPresent();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Onboarded onboard(RegisterForm form, String applyNo, String source, Long createBy, LocalDateTime now) {
        Set<AppCode> apps = customerApps(form.appcodes());
        String username = chooseUsername(form);
        String password = newPassword();
        UserAccount user = UserAccount.create(username, passwordEncoder.encode(password),
                form.nickname() != null ? form.nickname() : form.organizationName(), form.mobile(), now);
        user.registerProfile(form.realName(), form.email(), form.portrait(), source, now);
        if (form.state() != null && form.state() == UserState.INACTIVE.code()) {
            user.changeState(UserState.INACTIVE, now);
        }
        apps.forEach(user::enableApp);
        user.authenticate(AuthType.ENTERPRISE, now);
        user = users.saveAndFlush(user);

        long merchantId = jdbc.queryForObject("select nextval('merchant_id_seq')", Long.class);
        Organization org = Organization.register(merchantId, user.getId(), new Organization.Profile(
                form.organizationName(), form.aliasName(), form.mobile(), form.linkman(), form.linkMobile(),
                form.email(), form.customerType(), form.customerNature(), form.industry(), form.enterpriseDesc(),
                form.enterpriseNo(), form.linkAddress(), form.certificationList(), form.workspaceImgList()),
                source, createBy, now);
        org.assign(form.assistantId(), form.gradeCode(), form.royaltyRate(), form.gainChannel(),
                form.opportunityId(), now);
        org = organizations.saveAndFlush(org);

        AuthRecord auth = authRecords.save(AuthRecord.passed(user.getId(), org.getId(), new AuthRecord.Data(
                AuthType.ENTERPRISE, form.organizationName(), form.enterpriseNo(), form.realName(), form.idCard(),
                form.mobile(), form.businessImg(), null, null, form.workspaceImgList(), form.certificationList(),
                form.linkman(), form.linkMobile(), form.email(), null, form.enterpriseDesc(), form.linkAddress(),
                form.industry()), source, "注册审核通过", createBy, now));

        events.registered(org, new CustomerEventPublisher.Registration(form.royaltyEffectMonth(),
                form.isMonthlySettle(), form.overdraftQuota(), form.noticeAtOnce(), applyNo, source), now);
        events.authenticated(org, auth.getId(), auth.getAuthType(), auth.getEnterpriseName(),
                auth.getEnterpriseNo(), auth.getRealName(), auth.getMobile(), now);
        if (Boolean.TRUE.equals(form.noticeAtOnce())) {
            outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, org.getId(), new SendNotice(
                    SendNotice.SMS, form.mobile(), List.of(), null,
                    Map.of("username", username, "password", password, "organizationName", org.getOrganizationName()),
                    "诺尔数据账号开通通知",
                    "【诺尔数据】尊敬的" + org.getOrganizationName() + "，您的诺尔数据账号已开通，用户名：" + username
                            + "，初始密码：" + password + "，请登录后及时修改密码。",
                    null, user.getId(), AppCode.BEEBACK.code(), "customer-registered:" + org.getId()));
        }
        return new Onboarded(org, user, auth, password);
    }

    /** The form's username if free (taken → 40914); else the mobile, or the mobile with a suffix when taken. */
    private String chooseUsername(RegisterForm form) {
        if (form.username() != null && !form.username().isBlank()) {
            if (users.findByUsername(form.username()).isPresent()) {
                throw OrgErrorCode.USERNAME_TAKEN.exception("用户名 " + form.username() + " 已被占用");
            }
            return form.username();
        }
        String candidate = form.mobile();
        for (int i = 2; users.findByUsername(candidate).isPresent(); i++) {
            candidate = form.mobile() + "_" + i;
        }
        return candidate;
    }

    /** 12 characters from a CSPRNG: letters and digits without look-alikes, plus one symbol. */
    private String newPassword() {
        StringBuilder p = new StringBuilder();
        p.append((char) ('A' + random.nextInt(8)));
        p.append((char) ('a' + random.nextInt(8)));
        p.append((char) ('2' + random.nextInt(8)));
        for (int i = 0; i < 8; i++) {
            p.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        p.append(PASSWORD_SYMBOLS.charAt(random.nextInt(PASSWORD_SYMBOLS.length())));
        return p.toString();
    }
}
