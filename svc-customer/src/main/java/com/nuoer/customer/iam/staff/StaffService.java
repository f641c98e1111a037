package com.nuoer.customer.iam.staff;

import com.nuoer.common.audit.AuditTrail;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.StaffChanged;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import com.nuoer.common.session.AppCode;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.PlatformProperties;
import com.nuoer.customer.iam.Role;
import com.nuoer.customer.iam.SessionStore;
import com.nuoer.customer.iam.Staff;
import com.nuoer.customer.iam.StaffRepository;
import com.nuoer.customer.iam.UserAccount;
import com.nuoer.customer.iam.UserState;
import com.nuoer.customer.iam.department.DepartmentService;
import com.nuoer.customer.iam.role.RoleService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff of the operator's apps (3.4.7–3.4.11, F14): staff are existing user accounts (found by mobile) bound to an
 * app with roles; delete disables (two-step while customers are still assigned). Every change emits
 * {@code StaffChanged} through the outbox.
 */
@Service
public class StaffService {

    private static final Logger log = LoggerFactory.getLogger(StaffService.class);
    public static final String SCENE_ADD_SALESMAN = "addSalesman";

    private final StaffRepository staff;
    private final RoleService roles;
    private final DepartmentService departments;
    private final StaffCustomerCounter counter;
    private final OutboxPublisher outbox;
    private final SessionStore sessions;
    private final PlatformProperties platform;
    private final EntityManager em;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public StaffService(StaffRepository staff, RoleService roles, DepartmentService departments,
                        StaffCustomerCounter counter, OutboxPublisher outbox, SessionStore sessions,
                        PlatformProperties platform, EntityManager em, NamedParameterJdbcTemplate jdbc,
                        TransactionTemplate tx, Clock clock) {
        this.staff = staff;
        this.roles = roles;
        this.departments = departments;
        this.counter = counter;
        this.outbox = outbox;
        this.sessions = sessions;
        this.platform = platform;
        this.em = em;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    public record AddStaff(String name, String mobile, String email, Long departmentId, List<Long> roleIds,
                           String remark, String appcode) {
    }

    public record EditStaff(long id, String name, String mobile, String email, Long departmentId,
                            List<Long> roleIds, String remark) {
    }

    public record Filter(long merchantId, Long id, Long departmentId, String keyword, String queryScene,
                         List<Long> excludeIdList) {
    }

    /** A staff row with its customer count (local projection of sales assignments). */
    public record StaffRow(Staff staff, long customerCount) {
    }

    /**
     * 3.4.8: binds the user account with this mobile to the app of the given roles ({@code appcode}, default crm)
     * and returns the staff id. A deleted staff member of that user and app is restored.
     */
    @Transactional
    public long add(AddStaff cmd, Long callerUserId) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Role> granted = roles.rolesOfApp(cmd.roleIds(), cmd.appcode());
        String appcode = cmd.appcode() != null ? cmd.appcode()
                : granted.stream().map(Role::getAppcode).distinct().reduce((a, b) -> {
                    throw BizException.badRequest("所选角色须属于同一个应用");
                }).orElse(AppCode.CRM.code());
        departments.requireExists(cmd.departmentId());
        UserAccount user = userByMobile(cmd.mobile())
                .orElseThrow(IamError.USER_NOT_REGISTERED::exception);
        Optional<Staff> existing = staff.findByUserIdAndAppcode(user.getId(), appcode);
        Staff member;
        if (existing.isPresent()) {
            member = existing.get();
            if (member.isActive()) {
                throw IamError.STAFF_EXISTS.exception("该用户已是" + appcode + "的员工");
            }
            member.restore(now);
        } else {
            member = Staff.create(user.getId(), appcode, platform.merchantId(), callerUserId, now);
        }
        member.describe(cmd.name(), cmd.mobile(), cmd.email() == null ? "" : cmd.email(),
                cmd.departmentId() == null ? 0L : cmd.departmentId(), cmd.remark() == null ? "" : cmd.remark(),
                now);
        member.assignRoles(granted, now);
        user.enableApp(AppCode.fromCode(appcode).orElseThrow());
        var rolesBefore = existing.map(Staff::roleCodes).orElse(null);
        member = staff.save(member);
        publish(StaffChanged.ADDED, member);
        audit.record("staff.roles", "staff", member.getId(), rolesBefore == null ? null
                : AuditTrail.fields("roles", rolesBefore), AuditTrail.fields("userId", member.getUserId(),
                "appcode", member.getAppcode(), "roles", member.roleCodes()));
        log.info("staff {} (user {}) added to {} by user {}", member.getId(), user.getId(), appcode, callerUserId);
        return member.getId();
    }

    private Optional<UserAccount> userByMobile(String mobile) {
        return em.createQuery("select u from UserAccount u where u.mobile = :mobile and u.state = :state "
                        + "order by u.id", UserAccount.class)
                .setParameter("mobile", mobile).setParameter("state", UserState.NORMAL.code())
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** 3.4.9: edits an active staff member; null fields stay as they are, {@code roleIds} replaces the roles. */
    @Transactional
    public void edit(EditStaff cmd) {
        LocalDateTime now = LocalDateTime.now(clock);
        Staff member = activeStaff(cmd.id());
        departments.requireExists(cmd.departmentId());
        var rolesBefore = member.roleCodes();
        if (cmd.roleIds() != null) {
            member.assignRoles(roles.rolesOfApp(cmd.roleIds(), member.getAppcode()), now);
        }
        member.describe(cmd.name(), cmd.mobile(), cmd.email(), cmd.departmentId(), cmd.remark(), now);
        staff.saveAndFlush(member);
        publish(StaffChanged.EDITED, member);
        if (!java.util.Objects.equals(new java.util.TreeSet<>(rolesBefore), new java.util.TreeSet<>(member.roleCodes()))) {
            audit.record("staff.roles", "staff", member.getId(), AuditTrail.fields("roles", rolesBefore),
                    AuditTrail.fields("userId", member.getUserId(), "appcode", member.getAppcode(),
                            "roles", member.roleCodes()));
        }
    }

    private Staff activeStaff(long id) {
        return staff.findWithRolesById(id)
                .filter(s -> s.isActive() && s.getMerchantId() == platform.merchantId())
                .orElseThrow(() -> BizException.notFound("员工"));
    }

    /**
     * 3.4.11: disables a staff member. The customer count is asked before the transaction (a remote call must not
     * hold a database connection); with customers left and not {@code confirmed} the answer is 40930.
     */
    public void delete(long id, boolean confirmed) {
        Staff found = staff.findById(id).filter(s -> s.getMerchantId() == platform.merchantId())
                .orElseThrow(() -> BizException.notFound("员工"));
        if (!found.isActive()) {
            return; // already deleted: nothing to do
        }
        long customers = counter.customerCount(found.getId(), found.getUserId());
        Boolean changed = tx.execute(status -> {
            Staff member = staff.findWithRolesById(id).orElseThrow(() -> BizException.notFound("员工"));
            boolean done = member.delete(customers, confirmed, LocalDateTime.now(clock));
            if (done) {
                publish(StaffChanged.DELETED, member);
            }
            return done;
        });
        if (Boolean.TRUE.equals(changed)) {
            sessions.deleteAllOf(found.getUserId());
            log.info("staff {} deleted (customers left: {}, confirmed: {})", id, customers, confirmed);
        }
    }

    private AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    void setAuditTrail(AuditTrail audit) {
        this.audit = audit;
    }

    private void publish(String change, Staff s) {
        long version = s.getModifyTime() == null ? clock.millis()
                : s.getModifyTime().atZone(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        outbox.publish(Topics.CUSTOMER_EVENT, EventTypes.STAFF_CHANGED, s.getId(), new StaffChanged(change,
                s.getId(), s.getUserId(), s.getMerchantId(), s.getAppcode(), s.getName(), s.getMobile(),
                s.getEmail(), s.getDepartmentId(), s.roleCodes(), s.isActive(), version));
    }

    /** 3.4.10: active staff of the operator; {@code addSalesman}: sales staff that are not salesmen yet. */
    @Transactional(readOnly = true)
    public PageResult<StaffRow> list(Filter f, PageSlice slice) {
        if (f.merchantId() != platform.merchantId()) {
            return PageResult.empty(slice);
        }
        StringBuilder where = new StringBuilder(" where s.state = :active and s.merchantId = :merchantId");
        Map<String, Object> params = new HashMap<>();
        params.put("active", Staff.ACTIVE);
        params.put("merchantId", platform.merchantId());
        if (f.id() != null) {
            where.append(" and s.id = :id");
            params.put("id", f.id());
        }
        if (f.departmentId() != null) {
            where.append(" and s.departmentId = :departmentId");
            params.put("departmentId", f.departmentId());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            where.append(" and (s.name like :kw or s.mobile like :kw or s.email like :kw)");
            params.put("kw", "%" + f.keyword().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (SCENE_ADD_SALESMAN.equals(f.queryScene())) {
            where.append(" and s.appcode = 'sales' and not exists "
                    + "(select 1 from SalesmanView v where v.userId = s.userId)");
        }
        if (f.excludeIdList() != null && !f.excludeIdList().isEmpty()) {
            where.append(" and s.id not in :excluded");
            params.put("excluded", f.excludeIdList());
        }
        return slice.run(() -> {
            TypedQuery<Long> q = em.createQuery("select count(s) from Staff s" + where, Long.class);
            params.forEach(q::setParameter);
            return q.getSingleResult();
        }, (offset, limit) -> {
            TypedQuery<Long> q = em.createQuery("select s.id from Staff s" + where + " order by s.id", Long.class);
            params.forEach(q::setParameter);
            List<Long> ids = q.setFirstResult(offset).setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Staff> rows = new ArrayList<>(staff.findByIdIn(ids));
            rows.sort(Comparator.comparing(Staff::getId));
            Map<Long, Long> counts = customerCounts(rows.stream().map(Staff::getUserId).toList());
            return rows.stream().map(s -> new StaffRow(s, counts.getOrDefault(s.getUserId(), 0L))).toList();
        });
    }

    private Map<Long, Long> customerCounts(List<Long> userIds) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("""
                select assistant_id, count(*) n from organization
                where assistant_id in (:ids) and not deleted group by assistant_id""",
                new MapSqlParameterSource("ids", userIds),
                rs -> {
                    counts.put(rs.getLong("assistant_id"), rs.getLong("n"));
                });
        return counts;
    }

    /** A user that may be bound as staff (queryBindableUserList); never carries a password hash. */
    public record BindableUser(long id, LocalDateTime createTime, LocalDateTime modifyTime, String username,
                               String organizationName, String nickname, String mobile, int state, int authType,
                               LocalDateTime authTime, String portrait, String realName, String email,
                               String sourceAppcode, String linkman, String linkMobile, boolean isTest,
                               long tenantId, List<String> roleList) {
    }

    /**
     * 3.4.7: active user accounts not yet active staff of {@code appcode} (default crm), matching the keyword
     * (username, nickname, real name, mobile, e-mail).
     */
    @Transactional(readOnly = true)
    public PageResult<BindableUser> bindableUsers(String keyword, String appcode, PageSlice slice) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("appcode", appcode == null ? AppCode.CRM.code() : appcode)
                .addValue("normal", UserState.NORMAL.code());
        StringBuilder where = new StringBuilder(" " + """
                 from user_account u
                 left join lateral (select o.organization_name, o.linkman, o.link_mobile from organization o
                                    where o.owner_user_id = u.id and not o.deleted order by o.id limit 1) o on true
                 where u.state = :normal
                   and not exists (select 1 from staff s where s.user_id = u.id and s.appcode = :appcode
                                   and s.state = 10)""");
        if (keyword != null && !keyword.isBlank()) {
            where.append(" and (u.username like :kw or u.nickname like :kw or u.real_name like :kw"
                    + " or u.mobile like :kw or u.email like :kw)");
            p.addValue("kw", "%" + keyword.trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return slice.run(() -> {
            Long n = jdbc.queryForObject("select count(*)" + where, p, Long.class);
            return n == null ? 0 : n;
        }, (offset, limit) -> {
            MapSqlParameterSource page = new MapSqlParameterSource(p.getValues())
                    .addValue("offset", offset).addValue("limit", limit);
            List<Object[]> rows = jdbc.query("""
                    select u.id, u.create_time, u.modify_time, u.username, o.organization_name, u.nickname,
                           u.mobile, u.state, u.auth_type, u.auth_time, u.portrait, u.real_name, u.email,
                           u.source_appcode, o.linkman, o.link_mobile, u.is_test, u.tenant_id""" + where
                    + " order by u.id offset :offset limit :limit", page, (rs, i) -> new Object[] {
                    rs.getLong(1), rs.getTimestamp(2), rs.getTimestamp(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getTimestamp(10),
                    rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                    rs.getString(16), rs.getBoolean(17), rs.getLong(18)});
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, List<String>> roleCodes = new HashMap<>();
            jdbc.query("""
                    select s.user_id, s.appcode || ':' || r.code as code from staff s
                    join staff_role sr on sr.staff_id = s.id join role r on r.id = sr.role_id and not r.deleted
                    where s.state = 10 and s.user_id in (:ids) order by 2""",
                    new MapSqlParameterSource("ids", rows.stream().map(r -> (Long) r[0]).toList()),
                    rs -> {
                        roleCodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
            return rows.stream().map(r -> new BindableUser((Long) r[0], time(r[1]), time(r[2]), (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (Integer) r[7], (Integer) r[8], time(r[9]),
                    (String) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14],
                    (String) r[15], (Boolean) r[16], (Long) r[17],
                    roleCodes.getOrDefault((Long) r[0], List.of()))).toList();
        });
    }

    private static LocalDateTime time(Object ts) {
        return ts == null ? null : ((java.sql.Timestamp) ts).toLocalDateTime();
    }
}
