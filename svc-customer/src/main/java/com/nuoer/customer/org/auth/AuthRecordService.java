package com.nuoer.customer.org.auth;

import com.nuoer.common.error.BizException;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.UserAccount;
import com.nuoer.customer.iam.UserAccountRepository;
import com.nuoer.customer.org.CustomerEventPublisher;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authentication records (flow F3): list/detail for ops, edit while pending or rejected, audit, manualAuth. A passed
 * record makes the user authenticated (authType 10/20), renames the organisation to the authenticated enterprise
 * and publishes CustomerAuthenticated (+ CustomerChanged for the rename) in the same transaction.
 */
@Service
public class AuthRecordService {

    private static final Logger log = LoggerFactory.getLogger(AuthRecordService.class);

    private final AuthRecordRepository records;
    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final CustomerEventPublisher events;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public AuthRecordService(AuthRecordRepository records, OrganizationRepository organizations,
                             UserAccountRepository users, CustomerEventPublisher events,
                             NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.records = records;
        this.organizations = organizations;
        this.users = users;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<AuthRecordView> list(List<Integer> stateList, Integer authType, Long userId, PageSlice slice) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> c = new ArrayList<>();
        c.add("true");
        if (stateList != null && !stateList.isEmpty()) {
            c.add("r.state in (:states)");
            p.addValue("states", stateList);
        }
        if (authType != null) {
            c.add("r.auth_type = :authType");
            p.addValue("authType", authType);
        }
        if (userId != null) {
            c.add("r.user_id = :userId");
            p.addValue("userId", userId);
        }
        String where = String.join(" and ", c);
        PageResult<Long> ids = slice.run(
                () -> jdbc.queryForObject("select count(*) from auth_record r where " + where, p, Long.class),
                (offset, limit) -> jdbc.queryForList("select r.id from auth_record r where " + where
                        + " order by r.create_time desc, r.id desc offset :offset limit :limit",
                        new MapSqlParameterSource(p.getValues()).addValue("offset", offset).addValue("limit", limit),
                        Long.class));
        Map<Long, AuthRecord> byId = records.findAllById(ids.results()).stream()
                .collect(Collectors.toMap(AuthRecord::getId, Function.identity()));
        return new PageResult<>(ids.pageNo(), ids.pageSize(), ids.hasNext(), ids.total(),
                ids.results().stream().map(byId::get).filter(r -> r != null).map(AuthRecordView::of).toList(),
                ids.isLarge());
    }

    @Transactional(readOnly = true)
    public AuthRecordView detail(Long id) {
        return records.findById(id).map(AuthRecordView::of).orElseThrow(() -> BizException.notFound("认证记录"));
    }

    /** auth/edit: only while 0 待审核 or -10 已驳回; an edited rejected record goes back to 0 for a new audit. */
    @Transactional
    public void edit(Long id, AuthRecord.Data data, String auditRemark) {
        AuthRecord r = records.lockById(id).orElseThrow(() -> BizException.notFound("认证记录"));
        LocalDateTime now = LocalDateTime.now(clock);
        r.edit(data, auditRemark, now);
        r.resubmitIfRejected(now);
        records.save(r);
    }

    /** auth/audit: pass → the user and organisation follow; reject needs a reason. Repeats are no-ops. */
    @Transactional
    public void audit(Long id, boolean pass, String rejectReason, SessionInfo caller) {
        AuthRecord r = records.lockById(id).orElseThrow(() -> BizException.notFound("认证记录"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (!pass) {
            if (rejectReason == null || rejectReason.isBlank()) {
                throw new BizException(com.nuoer.common.error.ErrorCode.VALIDATION_FAILED,
                        "rejectReason: 驳回时必须填写拒绝原因");
            }
            if (r.reject(rejectReason, caller.userId(), now)) {
                log.info("auth record {} rejected by {}", id, caller.userId());
            }
            return;
        }
        if (r.pass(caller.userId(), now)) {
            applyPassed(records.save(r), now);
            log.info("auth record {} passed by {}", id, caller.userId());
        }
    }

    /** manualAuth: an already passed enterprise authentication for the customer owning {@code userId}. */
    @Transactional
    public AuthRecord manualAuth(Long userId, AuthRecord.Data data, SessionInfo caller) {
        Organization org = organizations.findFirstByOwnerUserIdAndDeletedFalseOrderByIdAsc(userId)
                .orElseThrow(() -> BizException.notFound("客户用户"));
        LocalDateTime now = LocalDateTime.now(clock);
        AuthRecord r = records.save(AuthRecord.passed(userId, org.getId(), data, "crm", "运营手动认证",
                caller.userId(), now));
        applyPassed(r, now);
        log.info("manual authentication {} of user {} by {}", r.getId(), userId, caller.userId());
        return r;
    }

    /**
     * The consequences of a passed record: user authType/authTime, organisation name and enterpriseNo (enterprise
     * authentication), events. Runs in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyPassed(AuthRecord r, LocalDateTime now) {
        UserAccount user = users.findForUpdateById(r.getUserId())
                .orElseThrow(() -> BizException.notFound("用户"));
        user.authenticate(r.getAuthType(), now);
        users.save(user);
        Organization org = r.getOrganizationId() == null
                ? organizations.findFirstByOwnerUserIdAndDeletedFalseOrderByIdAsc(r.getUserId()).orElse(null)
                : organizations.lockById(r.getOrganizationId()).orElse(null);
        if (org == null || org.isDeleted()) {
            return;
        }
        if (r.getAuthType() == AuthType.ENTERPRISE) {
            org.authenticated(r.getEnterpriseName(), r.getEnterpriseNo(), now);
            organizations.save(org);
            events.changed(org, now);
        }
        events.authenticated(org, r.getId(), r.getAuthType(), r.getEnterpriseName(), r.getEnterpriseNo(),
                r.getRealName(), r.getMobile(), now);
    }
}
