package com.nuoer.customer.org.register;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.ids.DocumentNumbers;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.UserAccountRepository;
import com.nuoer.customer.org.CustomerEventPublisher;
import com.nuoer.customer.org.OrgErrorCode;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import com.nuoer.customer.org.organization.OrgView;
import com.nuoer.customer.org.organization.OrgViewAssembler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration (flow F1, RegisterApply state machine of domain.md §3.2): sales register / resubmit, crm editApply,
 * applyList / applyDetail with sales scoping, registerAudit, crm register without an application and syncRegister.
 * Every command is one transaction; a pass creates the customer through {@link CustomerOnboarding}.
 */
@Service
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final RegisterApplyRepository applies;
    private final OrganizationRepository organizations;
    private final CustomerOnboarding onboarding;
    private final UserAccountRepository users;
    private final CustomerEventPublisher events;
    private final OrgViewAssembler views;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public RegistrationService(RegisterApplyRepository applies, OrganizationRepository organizations,
                               CustomerOnboarding onboarding, UserAccountRepository users,
                               CustomerEventPublisher events, OrgViewAssembler views,
                               JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
        this.applies = applies;
        this.organizations = organizations;
        this.onboarding = onboarding;
        this.users = users;
        this.events = events;
        this.views = views;
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    /** The salesman id of a sales caller (403 when the account is not a salesman). */
    public static Long salesmanOf(SessionInfo caller) {
        if (caller.salesmanId() == null) {
            throw BizException.forbidden("当前账号不是销售员");
        }
        return caller.salesmanId();
    }

    /** Sales scope: the salesman's own data unless he manages the whole app. */
    public static Long salesScope(SessionInfo caller) {
        return Boolean.TRUE.equals(caller.isAppManage()) ? null : salesmanOf(caller);
    }

    // ------------------------------------------------------------------ sales register / crm editApply

    /** 4.5.1: a new application of the calling salesman, or the resubmission of one of his ({@code applyId}). */
    @Transactional
    public ApplyView salesRegister(RegisterForm request, SessionInfo caller) {
        Long salesmanId = salesmanOf(caller);
        Long assistant = Boolean.TRUE.equals(caller.isAppManage()) && request.assistantId() != null
                ? request.assistantId() : salesmanId;
        onboarding.requireSalesman(assistant);
        RegisterForm form = request.withAssistant(assistant).asSubmitInfo();
        CustomerOnboarding.customerApps(form.appcodes());
        LocalDateTime now = LocalDateTime.now(clock);
        if (request.applyId() == null) {
            RegisterApply apply = applies.save(RegisterApply.submit(nextApplyNo(now), form, request.applyRemark(),
                    salesmanId, salesmanName(salesmanId), caller.userId(), now));
            log.info("registration {} submitted by salesman {}", apply.getApplyNo(), salesmanId);
            return ApplyView.of(apply);
        }
        RegisterApply current = applies.lockById(request.applyId())
                .filter(a -> inScope(a, salesScope(caller)))
                .orElseThrow(() -> BizException.notFound("注册申请"));
        return ApplyView.of(resubmit(current, form, request.applyRemark(), caller.userId(), now));
    }

    /** 3.7.2: ops edit an application before the audit (pending: in place; rejected: resubmitted). */
    @Transactional
    public ApplyView editApply(RegisterForm request, SessionInfo caller) {
        if (request.applyId() == null) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "applyId: 不能为空");
        }
        onboarding.requireSalesman(request.assistantId());
        RegisterForm form = request.asSubmitInfo();
        CustomerOnboarding.customerApps(form.appcodes());
        RegisterApply current = applies.lockById(request.applyId())
                .orElseThrow(() -> BizException.notFound("注册申请"));
        return ApplyView.of(resubmit(current, form, request.applyRemark(), caller.userId(),
                LocalDateTime.now(clock)));
    }

    private RegisterApply resubmit(RegisterApply current, RegisterForm form, String remark, Long by,
                                   LocalDateTime now) {
        RegisterApply next = current.resubmit(form, remark, by, now);
        if (next == current) {
            return applies.save(current);
        }
        // the older row must leave the "current" unique index before its successor enters it
        applies.saveAndFlush(current);
        RegisterApply saved = applies.save(next);
        log.info("registration {} resubmitted as row {}", saved.getApplyNo(), saved.getId());
        return saved;
    }

    // ------------------------------------------------------------------ queries

    @Transactional(readOnly = true)
    public PageResult<ApplyView> list(ApplyFilter f, PageSlice slice) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> c = new ArrayList<>();
        c.add("not a.is_out");
        if (f.scopeSalesmanId() != null) {
            c.add("a.salesman_id = :scope");
            p.addValue("scope", f.scopeSalesmanId());
        }
        if (f.applyNo() != null && !f.applyNo().isBlank()) {
            c.add("a.apply_no = :applyNo");
            p.addValue("applyNo", f.applyNo().trim());
        }
        if (f.salesmanId() != null) {
            c.add("a.salesman_id = :salesmanId");
            p.addValue("salesmanId", f.salesmanId());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            c.add("(a.customer_name ilike :kw or a.mobile like :kw or a.apply_no ilike :kw or a.salesman_name ilike :kw)");
            p.addValue("kw", "%" + f.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (f.auditStateList() != null && !f.auditStateList().isEmpty()) {
            c.add("a.audit_state in (:states)");
            p.addValue("states", f.auditStateList());
        }
        range(c, p, "a.create_time", "ct", f.createTimeGte(), f.createTimeLte());
        range(c, p, "a.audit_time", "at", f.auditTimeGte(), f.auditTimeLte());
        String where = String.join(" and ", c);
        PageResult<Long> ids = slice.run(
                () -> named.queryForObject("select count(*) from register_apply a where " + where, p, Long.class),
                (offset, limit) -> named.queryForList("select a.id from register_apply a where " + where
                        + " order by a.create_time desc, a.id desc offset :offset limit :limit",
                        new MapSqlParameterSource(p.getValues()).addValue("offset", offset).addValue("limit", limit),
                        Long.class));
        Map<Long, RegisterApply> byId = applies.findAllById(ids.results()).stream()
                .collect(Collectors.toMap(RegisterApply::getId, Function.identity()));
        return new PageResult<>(ids.pageNo(), ids.pageSize(), ids.hasNext(), ids.total(),
                ids.results().stream().map(byId::get).filter(a -> a != null).map(ApplyView::of).toList(),
                ids.isLarge());
    }

    private static void range(List<String> c, MapSqlParameterSource p, String column, String name,
                              LocalDateTime gte, LocalDateTime lte) {
        if (gte != null) {
            c.add(column + " >= :" + name + "Gte");
            p.addValue(name + "Gte", gte);
        }
        if (lte != null) {
            c.add(column + " <= :" + name + "Lte");
            p.addValue(name + "Lte", lte);
        }
    }

    /** By applyId (any row, also outdated ones) or applyNo (the current row); 404 outside the scope. */
    @Transactional(readOnly = true)
    public ApplyView detail(String applyNo, Long applyId, Long scopeSalesmanId) {
        Optional<RegisterApply> found;
        if (applyId != null) {
            found = applies.findById(applyId);
        } else if (applyNo != null && !applyNo.isBlank()) {
            found = applies.findByApplyNoAndIsOutFalse(applyNo.trim());
        } else {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "applyNo/applyId: 申请单号和申请id必须传一个");
        }
        return found.filter(a -> inScope(a, scopeSalesmanId)).map(ApplyView::of)
                .orElseThrow(() -> BizException.notFound("注册申请"));
    }

    private static boolean inScope(RegisterApply a, Long scopeSalesmanId) {
        return scopeSalesmanId == null || scopeSalesmanId.equals(a.getSalesmanId());
    }

    // ------------------------------------------------------------------ audit

    /**
     * 3.7.5: reject (reason required) → -10; pass → the customer is created in this transaction (account, organisation,
     * passed authentication, CustomerRegistered). Repeating the decision taken already is a no-op.
     */
    @Transactional
    public void audit(AuditCommand cmd, SessionInfo caller) {
        RegisterApply apply = applies.lockCurrent(cmd.applyNo().trim())
                .orElseThrow(() -> BizException.notFound("注册申请"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (!cmd.pass()) {
            if (cmd.auditRemark() == null || cmd.auditRemark().isBlank()) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "auditRemark: 驳回时必须填写驳回原因");
            }
            if (apply.reject(cmd.auditRemark(), cmd.auditImgList(), caller.userId(), now)) {
                log.info("registration {} rejected by {}", apply.getApplyNo(), caller.userId());
            }
            return;
        }
        if (cmd.gradeCode() == null || cmd.gradeCode().isBlank() || cmd.royaltyRate() == null) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "gradeCode/royaltyRate: 审核通过时必须指定客户分级和提成比例");
        }
        if (!apply.mayPass()) {
            return;
        }
        RegisterForm form = apply.getSubmitInfo().withGrade(cmd.gradeCode(), cmd.royaltyRate());
        String source = apply.getSalesmanId() != null ? "sales" : "crm";
        CustomerOnboarding.Onboarded created = onboarding.onboard(form, apply.getApplyNo(), source, caller.userId(),
                now);
        apply.pass(created.organization().getId(), form, cmd.auditRemark(), cmd.auditImgList(), caller.userId(),
                now);
        applies.save(apply);
        log.info("registration {} passed by {}: organisation {}", apply.getApplyNo(), caller.userId(),
                created.organization().getId());
    }

    // ------------------------------------------------------------------ crm register, syncRegister

    /** 3.7.1: the pass path without an application; a mobile already used needs {@code confirmRepeat=true}. */
    @Transactional
    public OrgView crmRegister(RegisterForm request, SessionInfo caller) {
        onboarding.requireSalesman(request.assistantId());
        CustomerOnboarding.customerApps(request.appcodes());
        if (!Boolean.TRUE.equals(request.confirmRepeat()) && onboarding.mobileInUse(request.mobile())) {
            Organization existing = organizations.findFirstByMobileAndDeletedFalseOrderByIdAsc(request.mobile())
                    .orElseThrow();
            throw OrgErrorCode.MOBILE_REPEAT_CONFIRM.exception("手机号 " + request.mobile() + " 已被客户「"
                    + existing.getOrganizationName() + "」使用，确认仍要注册请传 confirmRepeat=true");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CustomerOnboarding.Onboarded created = onboarding.onboard(request.asSubmitInfo(), null, "crm",
                caller.userId(), now);
        log.info("customer {} registered by operator {}", created.organization().getId(), caller.userId());
        return views.one(created.organization());
    }

    /**
     * 3.7.6: data pushed by another environment (F16), called with a service identity only. Upsert: the customer with
     * the same enterpriseNo (else the same mobile) is updated (CustomerChanged), otherwise created like crm register
     * (CustomerRegistered); the owner gets the apps of {@code appcodes}. Never synced further ({@code syncOtherEnv}
     * is ignored). {@code syncAppId} (keep the peer's appId) belongs to the developer-account part and is not used
     * here.
     */
    @Transactional
    public OrgView syncRegister(RegisterForm request) {
        CustomerOnboarding.customerApps(request.appcodes());
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Organization> existing = organizations
                .findFirstByEnterpriseNoAndDeletedFalseOrderByIdAsc(request.enterpriseNo())
                .or(() -> organizations.findFirstByMobileAndDeletedFalseOrderByIdAsc(request.mobile()));
        if (existing.isPresent()) {
            Organization org = organizations.lockById(existing.get().getId()).orElseThrow();
            org.updateProfile(new Organization.Profile(request.organizationName(), request.aliasName(),
                    request.mobile(), request.linkman(), request.linkMobile(), request.email(),
                    request.customerType(), request.customerNature(), request.industry(), request.enterpriseDesc(),
                    request.enterpriseNo(), request.linkAddress(), request.certificationList(),
                    request.workspaceImgList()), now);
            users.findWithAppsById(org.getOwnerUserId()).ifPresent(owner -> {
                CustomerOnboarding.customerApps(request.appcodes()).forEach(owner::enableApp);
                users.save(owner);
            });
            events.changed(org, now);
            log.info("syncRegister updated organisation {}", org.getId());
            return views.one(organizations.save(org));
        }
        onboarding.requireSalesman(request.assistantId());
        CustomerOnboarding.Onboarded created = onboarding.onboard(request.asSubmitInfo(), null, "sync", null, now);
        log.info("syncRegister created organisation {}", created.organization().getId());
        return views.one(created.organization());
    }

    // ------------------------------------------------------------------ helpers

    private String nextApplyNo(LocalDateTime now) {
        return "RA" + LocalDate.from(now).toString().replace("-", "")
                + DocumentNumbers.serial(jdbc, "register_apply_no_seq", 6);
    }

    private String salesmanName(Long userId) {
        List<String> names = jdbc.queryForList("""
                select coalesce(s.name, u.real_name, u.nickname, u.username) from user_account u
                left join staff s on s.user_id = u.id and s.appcode = 'sales' where u.id = ?""", String.class, userId);
        return names.isEmpty() ? null : names.get(0);
    }
}
