package com.nuoer.customer.iam.role;

import com.nuoer.common.error.BizException;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.PlatformProperties;
import com.nuoer.customer.iam.Role;
import com.nuoer.customer.iam.RoleMenuGrant;
import com.nuoer.customer.iam.RoleRepository;
import com.nuoer.customer.iam.menu.PageMenuService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles of the platform's apps (crm, sales) and the menus/buttons they grant (3.4.4–3.4.6). */
@Service
public class RoleService {

    private final RoleRepository roles;
    private final PageMenuService menus;
    private final PlatformProperties platform;
    private final EntityManager em;
    private final SecureRandom random;
    private final Clock clock;

    public RoleService(RoleRepository roles, PageMenuService menus, PlatformProperties platform, EntityManager em,
                       SecureRandom random, Clock clock) {
        this.roles = roles;
        this.menus = menus;
        this.platform = platform;
        this.em = em;
        this.random = random;
        this.clock = clock;
    }

    /** A menu grant as requested. */
    public record Grant(long pageMenuId, List<String> operableButtons) {
    }

    public record Filter(Long id, String name, String appcode) {
    }

    /** Creates ({@code id} null) or edits a role; its app cannot change. Returns the id. */
    @Transactional
    public Long save(Long id, String name, String remark, String appcode, List<Grant> grants, Long callerUserId) {
        LocalDateTime now = LocalDateTime.now(clock);
        long merchantId = platform.merchantId();
        Role role;
        if (id == null) {
            if (roles.existsByMerchantIdAndAppcodeAndNameAndDeletedFalse(merchantId, appcode, name)) {
                throw IamError.NAME_TAKEN.exception("角色名称已存在: " + name);
            }
            role = Role.create("role_" + HexFormat.of().formatHex(randomBytes()), name, appcode, merchantId,
                    callerUserId, now);
        } else {
            role = roles.findById(id)
                    .filter(r -> !r.isDeleted() && r.getMerchantId() == merchantId)
                    .orElseThrow(() -> BizException.notFound("角色"));
            if (!role.getAppcode().equals(appcode)) {
                throw BizException.badRequest("角色所属应用不能修改");
            }
            if (roles.existsByMerchantIdAndAppcodeAndNameAndDeletedFalseAndIdNot(merchantId, appcode, name, id)) {
                throw IamError.NAME_TAKEN.exception("角色名称已存在: " + name);
            }
        }
        var before = id == null ? null : auditView(role);
        role.describe(name, remark, now);
        if (grants != null) {
            Map<Long, RoleMenuGrant> unique = new HashMap<>();
            for (Grant g : grants) {
                List<String> buttons = g.operableButtons() == null ? List.of()
                        : g.operableButtons().stream().distinct().toList();
                menus.checkGrantable(appcode, g.pageMenuId(), buttons);
                unique.put(g.pageMenuId(), new RoleMenuGrant(g.pageMenuId(), buttons));
            }
            role.grant(unique.values(), now);
        }
        Role saved = roles.save(role);
        roles.flush();
        audit.record(id == null ? "role.create" : "role.edit", "role", saved.getId(), before, auditView(saved));
        return saved.getId();
    }

    /** The audited fields of a role: name, app and the menus (with buttons) it grants. */
    private static java.util.Map<String, Object> auditView(Role r) {
        return com.nuoer.common.audit.AuditTrail.fields("code", r.getCode(), "name", r.getName(),
                "appcode", r.getAppcode(), "remark", r.getRemark(), "menus", r.getMenus().stream()
                        .sorted(java.util.Comparator.comparing(RoleMenuGrant::getPageMenuId))
                        .map(g -> com.nuoer.common.audit.AuditTrail.fields("pageMenuId", g.getPageMenuId(),
                                "operableButtons", g.getOperableButtons()))
                        .toList());
    }

    private com.nuoer.common.audit.AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    void setAuditTrail(com.nuoer.common.audit.AuditTrail audit) {
        this.audit = audit;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return bytes;
    }

    @Transactional(readOnly = true)
    public PageResult<Role> list(Filter f, PageSlice slice) {
        StringBuilder where = new StringBuilder(" where r.deleted = false and r.merchantId = :merchantId");
        Map<String, Object> params = new HashMap<>();
        params.put("merchantId", platform.merchantId());
        if (f.id() != null) {
            where.append(" and r.id = :id");
            params.put("id", f.id());
        }
        if (f.name() != null && !f.name().isBlank()) {
            where.append(" and r.name like :name");
            params.put("name", "%" + f.name().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.appcode() != null && !f.appcode().isBlank()) {
            where.append(" and r.appcode = :appcode");
            params.put("appcode", f.appcode());
        }
        return slice.run(() -> {
            TypedQuery<Long> q = em.createQuery("select count(r) from Role r" + where, Long.class);
            params.forEach(q::setParameter);
            return q.getSingleResult();
        }, (offset, limit) -> {
            TypedQuery<Role> q = em.createQuery("select r from Role r" + where + " order by r.id", Role.class);
            params.forEach(q::setParameter);
            List<Role> page = q.setFirstResult(offset).setMaxResults(limit).getResultList();
            page.forEach(r -> r.getMenus().size()); // load grants inside the transaction
            return new ArrayList<>(page);
        });
    }

    /** Deletes a role: built-in roles and roles held by active staff are refused (409xx). */
    @Transactional
    public void delete(long id) {
        Role role = roles.findById(id).filter(r -> r.getMerchantId() == platform.merchantId())
                .orElseThrow(() -> BizException.notFound("角色"));
        var before = role.isDeleted() ? null : auditView(role);
        role.delete(role.isDeleted() ? 0 : roles.countActiveHolders(id), LocalDateTime.now(clock));
        if (before != null) {
            audit.record("role.delete", "role", id, before, null);
        }
    }

    /** Live roles of the platform by id, all of one app; unknown ids are refused. */
    @Transactional(readOnly = true)
    public List<Role> rolesOfApp(List<Long> ids, String appcode) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = new HashSet<>(ids);
        List<Role> found = roles.findByIdInAndMerchantIdAndDeletedFalse(wanted, platform.merchantId());
        if (found.size() != wanted.size()) {
            throw BizException.notFound("角色");
        }
        for (Role r : found) {
            if (appcode != null && !appcode.equals(r.getAppcode())) {
                throw BizException.badRequest("角色" + r.getName() + "不属于应用" + appcode);
            }
        }
        return found;
    }
}
