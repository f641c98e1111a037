package com.nuoer.customer.org.organization;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.UserAccount;
import com.nuoer.customer.iam.UserAccountRepository;
import com.nuoer.customer.org.CustomerEventPublisher;
import com.nuoer.customer.org.OrgState;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import com.nuoer.customer.org.auth.AuthRecord;
import com.nuoer.customer.org.auth.AuthRecordRepository;
import com.nuoer.customer.org.auth.AuthRecordService;
import com.nuoer.customer.org.auth.AuthState;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * crm commands on a customer (F15): edit base and authentication data (state -1 禁用 ↔ 10 正常), soft delete,
 * enable an app for the customer's account. Each publishes CustomerChanged in its transaction.
 *
 * <p>Delete rule (decision): a customer with developer accounts must be disabled first (edit state -1, which
 * already blocks its API calls through CustomerChanged), so deleting is a deliberate second step; a customer
 * without developer accounts can be deleted directly. Deleting an already deleted customer is a no-op.
 */
@Service
public class CustomerService {

    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final AuthRecordRepository authRecords;
    private final AuthRecordService authService;
    private final CustomerEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CustomerService(OrganizationRepository organizations, UserAccountRepository users,
                           AuthRecordRepository authRecords, AuthRecordService authService,
                           CustomerEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.authRecords = authRecords;
        this.authService = authService;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void edit(long merchantId, Organization.Profile base, Integer state, Long authRecordId,
                     AuthRecord.Data auth, SessionInfo caller) {
        Organization org = organizations.lockByMerchantId(merchantId)
                .orElseThrow(() -> BizException.notFound("客户"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (base != null) {
            org.updateProfile(base, now);
        }
        if (state != null) {
            if (!OrgState.isValid(state)) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "baseInfo.state: 企业状态只能是-1、0或10");
            }
            if (org.changeState(OrgState.of(state), now)) {
                log.info("organisation {} state → {} by {}", org.getId(), state, caller.userId());
            }
        }
        org = organizations.save(org);
        if (auth != null) {
            if (authRecordId != null) {
                Long orgId = org.getId();
                AuthRecord record = authRecords.lockById(authRecordId)
                        .filter(r -> orgId.equals(r.getOrganizationId()))
                        .orElseThrow(() -> BizException.notFound("认证记录"));
                record.correct(auth, now);
                authRecords.save(record);
                if (record.getState() == AuthState.PASSED) {
                    authService.applyPassed(record, now);
                }
            } else {
                authService.applyPassed(authRecords.save(AuthRecord.passed(org.getOwnerUserId(), org.getId(), auth,
                        "crm", "运营编辑客户认证信息", caller.userId(), now)), now);
            }
        }
        events.changed(org, now);
    }

    @Transactional
    public void delete(Long organizationId, SessionInfo caller) {
        Organization org = organizations.lockById(organizationId)
                .orElseThrow(() -> BizException.notFound("客户"));
        Integer depts = jdbc.queryForObject("select count(*) from dept where organization_id = ?", Integer.class,
                organizationId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (org.delete(depts != null && depts > 0, now)) {
            events.changed(organizations.save(org), now);
            log.info("organisation {} deleted by {}", organizationId, caller.userId());
        }
    }

    /** activeApp: the customer's account may log in to {@code appcode} from now on (idempotent). */
    @Transactional
    public void activeApp(long merchantId, String appcode, String industry, SessionInfo caller) {
        AppCode app = AppCatalog.customerApp(appcode).orElseThrow(() -> new BizException(
                ErrorCode.VALIDATION_FAILED, "appcode: 不支持为客户开通应用 " + appcode));
        Organization org = organizations.lockByMerchantId(merchantId)
                .orElseThrow(() -> BizException.notFound("客户"));
        UserAccount owner = users.findWithAppsById(org.getOwnerUserId())
                .orElseThrow(() -> BizException.notFound("客户用户"));
        LocalDateTime now = LocalDateTime.now(clock);
        owner.enableApp(app);
        users.save(owner);
        if (industry != null && !industry.isBlank()) {
            org.updateProfile(new Organization.Profile(null, null, null, null, null, null, null, null, industry,
                    null, null, null, null, null), now);
            events.changed(organizations.save(org), now);
        }
        log.info("app {} enabled for organisation {} by {}", app.code(), org.getId(), caller.userId());
    }
}
