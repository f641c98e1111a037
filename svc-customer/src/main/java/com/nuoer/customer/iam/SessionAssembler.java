package com.nuoer.customer.iam;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.menu.PageMenuService;
import com.nuoer.customer.org.Dept;
import com.nuoer.customer.org.DeptRepository;
import com.nuoer.customer.org.DevEnv;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the full {@link SessionInfo} of a user logging in to an app, from the database — used by login and by
 * {@code querySession?mustRefresh=true} alike, so both always agree (domain.md §5.4):
 * <ul>
 *   <li>all apps: the account (ids, names, contact, authType, isTest, tenant), app code/name, request ip;</li>
 *   <li>beeback: the merchant/enterprise of the organisation the user owns, and its production developer account
 *       (deptId, appId, deptName) once it has one;</li>
 *   <li>crm, sales: the staff row of that app (staffId, role codes; no active staff = not enabled for the app) and
 *       the platform operator as merchant;</li>
 *   <li>sales: salesmanId, roleType, isAppManage from the salesman projection.</li>
 * </ul>
 */
@Component
public class SessionAssembler {

    /** 「当前内部版本号」 of the session layout; bump when the shape changes incompatibly. */
    public static final int SESSION_VERSION = 1;

    private final OrganizationRepository organizations;
    private final DeptRepository depts;
    private final StaffRepository staff;
    private final SalesmanViewRepository salesmen;
    private final PlatformProperties platform;
    private final Clock clock;
    private final PageMenuService menus;

    public SessionAssembler(OrganizationRepository organizations, DeptRepository depts, StaffRepository staff,
                            SalesmanViewRepository salesmen, PlatformProperties platform, Clock clock,
                            PageMenuService menus) {
        this.menus = menus;
        this.organizations = organizations;
        this.depts = depts;
        this.staff = staff;
        this.salesmen = salesmen;
        this.platform = platform;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SessionInfo assemble(UserAccount user, AppCode app, String stoken, String requestIp) {
        return assemble(user, app, stoken, requestIp, false);
    }

    /** {@code temp}: a login with an operator's temporary password (isTemp session, ops impersonation). */
    @Transactional(readOnly = true)
    public SessionInfo assemble(UserAccount user, AppCode app, String stoken, String requestIp, boolean temp) {
        Draft s = new Draft();
        s.loginId = stoken;
        s.stoken = stoken;
        s.userId = user.getId();
        s.username = user.getUsername();
        s.nickname = user.getNickname();
        s.mobile = user.getMobile();
        s.realName = user.getRealName();
        s.email = user.getEmail();
        s.authType = user.getAuthType();
        s.loginAppCode = app.code();
        s.appcode = app.code();
        s.appName = app.appName();
        s.bizAppcode = app == AppCode.BEEBACK ? app.code() : platform.bizAppcode();
        s.requestIp = requestIp;
        s.tenantId = user.getTenantId();
        s.bizTenantId = user.getTenantId();
        s.tenantOwnerId = platform.tenantOwnerId();
        s.isTemp = temp;
        s.iv = SESSION_VERSION;
        s.isTest = user.isTest();
        s.refreshTime = clock.millis();
        switch (app) {
            case BEEBACK -> addCustomer(s, user);
            case CRM, SALES -> addStaff(s, user, app);
            default -> throw BizException.badRequest("应用 " + app.code() + " 不支持登录");
        }
        return s.toSessionInfo();
    }

    private void addCustomer(Draft s, UserAccount user) {
        Optional<Organization> org = organizations.findFirstByOwnerUserIdAndDeletedFalseOrderByIdAsc(user.getId());
        if (org.isEmpty()) {
            return; // an account without an organisation yet (not registered as a customer)
        }
        Organization o = org.get();
        s.merchantId = o.getMerchantId();
        s.merchantName = o.getOrganizationName();
        s.enterpriseId = o.getId();
        s.enterpriseName = o.getOrganizationName();
        s.industry = o.getIndustry();
        s.linkman = o.getLinkman();
        s.linkMobile = o.getLinkMobile();
        if (o.getEmail() != null) {
            s.email = o.getEmail();
        }
        s.assistantId = o.getAssistantId();
        depts.findByOrganizationIdAndEnv(o.getId(), DevEnv.PROD.code()).ifPresent(d -> addDept(s, d));
    }

    private static void addDept(Draft s, Dept d) {
        s.deptId = d.getId();
        s.appId = d.getAppId();
        s.deptName = d.getDeptName();
    }

    private void addStaff(Draft s, UserAccount user, AppCode app) {
        Staff member = staff.findByUserIdAndAppcode(user.getId(), app.code())
                .filter(Staff::isActive)
                .orElseThrow(() -> new BizException(ErrorCode.APP_NOT_ENABLED));
        s.staffId = member.getId();
        s.roles = member.roleCodes();
        s.menus = menus.menuCodesOf(member);
        s.merchantId = member.getMerchantId();
        s.merchantName = platform.merchantName();
        s.enterpriseId = member.getMerchantId();
        s.enterpriseName = platform.merchantName();
        if (s.realName == null) {
            s.realName = member.getName();
        }
        if (member.getEmail() != null) {
            s.email = member.getEmail();
        }
        if (app == AppCode.SALES) {
            boolean manager = s.roles.contains(Role.ADMIN);
            salesmen.findById(user.getId()).ifPresentOrElse(view -> {
                s.salesmanId = view.getSalesmanId();
                s.roleType = view.getRoleType();
                s.isAppManage = view.isAppManage() || manager;
            }, () -> s.isAppManage = manager);
        }
    }

    /** Named fields instead of SessionInfo's 39 positional ones. */
    private static final class Draft {
        String loginId;
        String stoken;
        Long userId;
        String username;
        String nickname;
        String mobile;
        Long merchantId;
        String merchantName;
        Long enterpriseId;
        String enterpriseName;
        String industry;
        Integer authType;
        String loginAppCode;
        String appcode;
        String appName;
        String bizAppcode;
        String requestIp;
        Long agentId;
        Long salesmanId;
        Long assistantId;
        Long tenantId;
        Long bizTenantId;
        Long tenantOwnerId;
        String realName;
        String linkman;
        String linkMobile;
        String email;
        Boolean isTemp;
        String terminal;
        Integer iv;
        Boolean isTest;
        Long refreshTime;
        String appId;
        Long deptId;
        String deptName;
        String roleType;
        Boolean isAppManage;
        Long staffId;
        List<String> roles;
        List<String> menus;

        SessionInfo toSessionInfo() {
            return new SessionInfo(loginId, stoken, userId, username, nickname, mobile, merchantId, merchantName,
                    enterpriseId, enterpriseName, industry, authType, loginAppCode, appcode, appName, bizAppcode,
                    requestIp, agentId, salesmanId, assistantId, tenantId, bizTenantId, tenantOwnerId, realName,
                    linkman, linkMobile, email, isTemp, terminal, iv, isTest, refreshTime, appId, deptId, deptName,
                    roleType, isAppManage, staffId, roles, menus);
        }
    }
}
