package com.nuoer.customer.developer;

import com.nuoer.common.audit.AuditTrail;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.org.Dept;
import com.nuoer.customer.org.DeptRepository;
import com.nuoer.customer.org.DevEnv;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Developer accounts (flow F2): open one per env and organisation, show it to its owner, change its IP whitelist,
 * send its credentials to a receiver. Every change publishes {@code DeptChanged} through the outbox in the same
 * transaction. Scoping is decided here from the caller's session: beeback = own organisation, sales = customers
 * whose assistant is the caller (unless app manager), crm = any (menu checked by the controller).
 */
@Service
public class DeveloperService {

    private static final Logger log = LoggerFactory.getLogger(DeveloperService.class);

    /** Template of the developer-info notice; its {@code appSecret} parameter is filled by {@link DeveloperSecretParams}. */
    public static final String DEVELOPER_INFO_TEMPLATE = "DEVELOPER_INFO";

    private final DeptRepository depts;
    private final OrganizationRepository organizations;
    private final AppCredentials credentials;
    private final SecretCipher cipher;
    private final OutboxPublisher outbox;
    private final DeptEvents deptEvents;
    private final Clock clock;
    private AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    void setAuditTrail(AuditTrail audit) {
        this.audit = audit;
    }

    public DeveloperService(DeptRepository depts, OrganizationRepository organizations, AppCredentials credentials,
                            SecretCipher cipher, OutboxPublisher outbox, DeptEvents deptEvents, Clock clock) {
        this.depts = depts;
        this.organizations = organizations;
        this.credentials = credentials;
        this.cipher = cipher;
        this.outbox = outbox;
        this.deptEvents = deptEvents;
        this.clock = clock;
    }

    /** A developer account with its secret in clear, for its owner only. */
    public record RevealedAccount(Dept dept, String appSecret) {
    }

    // ------------------------------------------------------------------ open

    /** beeback applyDeveloper: an account for the caller's own organisation. */
    @Transactional
    public Dept applyForOwnOrganization(SessionInfo caller, DevEnv env) {
        Organization org = ownOrganization(caller);
        return open(org, env);
    }

    /** crm applyDeveloper: an account for the organisation owned by {@code userId}. */
    @Transactional
    public Dept applyForUser(Long userId, DevEnv env) {
        Organization org = organizations.findFirstByOwnerUserIdAndDeletedFalseOrderByIdAsc(userId)
                .orElseThrow(DeveloperErrors.NO_ORGANIZATION::exception);
        return open(org, env);
    }

    private Dept open(Organization org, DevEnv env) {
        if (depts.findByOrganizationIdAndEnv(org.getId(), env.code()).isPresent()) {
            throw DeveloperErrors.ACCOUNT_EXISTS.exception();
        }
        String appId = credentials.newAppId(env.code());
        while (depts.existsByAppId(appId)) {
            appId = credentials.newAppId(env.code());
        }
        String name = env == DevEnv.PROD ? org.getOrganizationName() : org.getOrganizationName() + "(测试)";
        Dept dept = Dept.open(org.getId(), org.getOwnerUserId(), name, appId, cipher.encrypt(credentials.newSecret()),
                env, now());
        try {
            dept = depts.saveAndFlush(dept);
        } catch (DataIntegrityViolationException e) {
            // a concurrent apply for the same env won the race (dept_org_env_uk)
            throw DeveloperErrors.ACCOUNT_EXISTS.exception();
        }
        publishChanged(dept);
        audit.record("dept.open", "dept", dept.getId(), null, AuditTrail.fields("appId", dept.getAppId(),
                "appSecret", "new", "env", env.code(), "organizationId", org.getId()));
        log.info("developer account {} ({}) opened for organization {}", dept.getAppId(), env.code(), org.getId());
        return dept;
    }

    // ------------------------------------------------------------------ read

    /** beeback developerInfo: the caller's accounts of that env, secret in clear (the only place it is shown). */
    @Transactional(readOnly = true)
    public List<RevealedAccount> developerInfo(SessionInfo caller, DevEnv env) {
        Organization org = ownOrganization(caller);
        return depts.findByOrganizationIdAndEnv(org.getId(), env.code()).stream()
                .map(d -> new RevealedAccount(d, cipher.decrypt(d.revealSecret())))
                .toList();
    }

    // ------------------------------------------------------------------ whitelist

    /** beeback saveWhiteIpList: the caller's own account (the session's, else the organisation's prod account). */
    @Transactional
    public Dept saveOwnWhiteIpList(SessionInfo caller, boolean enable, String ipList) {
        Organization org = ownOrganization(caller);
        Dept dept = Optional.ofNullable(caller.deptId()).flatMap(depts::findById)
                .filter(d -> org.getId().equals(d.getOrganizationId()))
                .or(() -> depts.findByOrganizationIdAndEnv(org.getId(), DevEnv.PROD.code()))
                .orElseThrow(() -> BizException.notFound("开发者账号"));
        return changeWhiteIpList(dept, enable, ipList);
    }

    /** crm / sales saveWhiteIpList of a given account, within the caller's scope. */
    @Transactional
    public Dept saveWhiteIpList(SessionInfo caller, Long deptId, boolean enable, String ipList) {
        return changeWhiteIpList(visibleDept(caller, deptId), enable, ipList);
    }

    private Dept changeWhiteIpList(Dept dept, boolean enable, String ipList) {
        String before = dept.getWhiteIpList();
        dept.changeWhiteIpList(enable, ipList, now());
        depts.saveAndFlush(dept);
        publishChanged(dept);
        audit.record("dept.whiteIpList", "dept", dept.getId(), AuditTrail.fields("whiteIpList", before),
                AuditTrail.fields("whiteIpList", dept.getWhiteIpList()));
        return dept;
    }

    // ------------------------------------------------------------------ send

    /**
     * crm / sales sendDeveloperInfo: asks the notification centre (notify-command, SendNotice) to send the account's
     * credentials to {@code receiver}. The command carries only the deptId and appId; the secret is added by the
     * notification centre at rendering time for the receiver alone ({@link DeveloperSecretParams}) and is masked in
     * the message record and in the copies to {@code ccList}. It never enters the outbox, RocketMQ or a log.
     */
    @Transactional
    public String sendDeveloperInfo(SessionInfo caller, Long deptId, String method, String receiver,
                                    List<String> ccList) {
        Dept dept = visibleDept(caller, deptId);
        Organization org = organizations.findById(dept.getOrganizationId()).orElseThrow();
        String channel = method.toLowerCase();
        String bizKey = "developer-info:" + dept.getId() + ":" + UUID.randomUUID();
        SendNotice notice = new SendNotice(channel, receiver, ccList == null ? List.of() : List.copyOf(ccList),
                DEVELOPER_INFO_TEMPLATE,
                Map.of("deptId", String.valueOf(dept.getId()), "deptName", dept.getDeptName(),
                        "appId", dept.getAppId(), "env", dept.getEnv(),
                        "organizationName", org.getOrganizationName()),
                null, null, null, org.getOwnerUserId(), "beeback", bizKey);
        outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, dept.getId(), notice);
        return bizKey;
    }

    // ------------------------------------------------------------------ scoping

    private Organization ownOrganization(SessionInfo caller) {
        return Optional.ofNullable(caller.enterpriseId()).flatMap(organizations::findById)
                .filter(o -> !o.isDeleted())
                .orElseThrow(() -> BizException.notFound("企业"));
    }

    /** The account if the caller may act on it; an account outside the scope answers like an unknown one. */
    Dept visibleDept(SessionInfo caller, Long deptId) {
        Dept dept = depts.findById(deptId).orElseThrow(() -> BizException.notFound("开发者账号"));
        if ("sales".equals(caller.appcode())) {
            if (!Boolean.TRUE.equals(caller.isAppManage())) {
                Organization org = organizations.findById(dept.getOrganizationId()).orElse(null);
                if (org == null || caller.salesmanId() == null
                        || !caller.salesmanId().equals(org.getAssistantId())) {
                    throw BizException.notFound("开发者账号");
                }
            }
        } else if ("beeback".equals(caller.appcode())) {
            if (!dept.getOrganizationId().equals(caller.enterpriseId())) {
                throw BizException.notFound("开发者账号");
            }
        } else if (!"crm".equals(caller.appcode())) {
            throw new BizException(ErrorCode.FORBIDDEN);
        }
        return dept;
    }

    private void publishChanged(Dept d) {
        deptEvents.changed(d);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
