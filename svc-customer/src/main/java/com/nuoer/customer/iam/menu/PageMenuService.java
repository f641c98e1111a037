package com.nuoer.customer.iam.menu;

import com.nuoer.common.error.BizException;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.Role;
import com.nuoer.customer.iam.Staff;
import com.nuoer.customer.iam.StaffRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Page menus (pageConfig) and what a staff member's roles grant of them: the tree of an app, the codes that go into
 * a session ({@code menus}, checked by {@code @RequiresMenu}) and the menus a caller may see. The app's
 * {@code admin} role grants every menu.
 */
@Service
public class PageMenuService {

    private final PageMenuRepository menus;
    private final StaffRepository staff;
    private final Clock clock;

    public PageMenuService(PageMenuRepository menus, StaffRepository staff, Clock clock) {
        this.menus = menus;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MenuTree tree(String appcode) {
        return new MenuTree(menus.findByAppcodeAndDeletedFalseOrderBySortAscIdAsc(appcode));
    }

    /** Live, enabled menus of the app only (what users are shown and granted). */
    private MenuTree enabledTree(String appcode) {
        return new MenuTree(menus.findByAppcodeAndDeletedFalseOrderBySortAscIdAsc(appcode).stream()
                .filter(PageMenu::isEnable).toList());
    }

    /** Codes a staff member's roles grant in its app (with the directories above them); admin: all. */
    @Transactional(readOnly = true)
    public List<String> menuCodesOf(Staff member) {
        MenuTree tree = enabledTree(member.getAppcode());
        if (member.roleCodes().contains(Role.ADMIN)) {
            return tree.allCodes();
        }
        return tree.codesOf(grantedMenuIds(member));
    }

    /** 4.3.1: the menus of the caller's app granted to its roles, as a tree. */
    @Transactional(readOnly = true)
    public List<MenuTree.Node> grantedTree(SessionInfo caller) {
        Staff member = caller.staffId() == null ? null : staff.findById(caller.staffId())
                .filter(s -> s.isActive() && Objects.equals(s.getUserId(), caller.userId())).orElse(null);
        if (member == null) {
            return List.of();
        }
        MenuTree tree = enabledTree(member.getAppcode());
        if (member.roleCodes().contains(Role.ADMIN)) {
            return tree.all();
        }
        return tree.restrictedTo(grantedMenuIds(member));
    }

    private List<Long> grantedMenuIds(Staff member) {
        List<Long> roleIds = member.getRoles().stream()
                .filter(r -> member.getAppcode().equals(r.getAppcode()) && !r.isDeleted())
                .map(Role::getId).toList();
        return roleIds.isEmpty() ? List.of() : menus.findGrantedMenuIds(roleIds);
    }

    /** 3.2.1: creates or edits a menu; codes, titles, components and paths are unique within a directory. */
    @Transactional
    public Long save(Long id, String appcode, PageMenu.Definition d, Long callerUserId) {
        LocalDateTime now = LocalDateTime.now(clock);
        PageMenu menu = id == null ? PageMenu.create(appcode, callerUserId, now)
                : menus.findById(id).filter(m -> !m.isDeleted() && m.getAppcode().equals(appcode))
                        .orElseThrow(() -> BizException.notFound("菜单"));
        int level = 1;
        if (d.pid() != 0) {
            PageMenu parent = menus.findById(d.pid())
                    .filter(p -> !p.isDeleted() && p.getAppcode().equals(appcode))
                    .orElseThrow(() -> BizException.notFound("上级菜单"));
            if (!parent.isDir()) {
                throw BizException.badRequest("上级菜单必须是目录");
            }
            if (id != null && isSelfOrDescendant(parent, id, appcode)) {
                throw BizException.badRequest("上级菜单不能是自身或其下级");
            }
            level = parent.getLevel() + 1;
        }
        if (level > PageMenu.MAX_LEVEL) {
            throw IamError.LEVEL_EXCEEDED.exception("菜单最多支持3级");
        }
        if (id != null && !d.isDir() && menus.existsByPidAndDeletedFalse(id)) {
            throw IamError.HAS_CHILDREN.exception("菜单有下级，不能改为页面");
        }
        checkUniqueAmongSiblings(appcode, d, id);
        menu.define(d, level, now);
        return menus.save(menu).getId();
    }

    private boolean isSelfOrDescendant(PageMenu candidate, long id, String appcode) {
        Set<Long> seen = new HashSet<>();
        PageMenu m = candidate;
        while (m != null && seen.add(m.getId())) {
            if (m.getId() == id) {
                return true;
            }
            m = m.getPid() == 0 ? null : menus.findById(m.getPid()).orElse(null);
        }
        return false;
    }

    private void checkUniqueAmongSiblings(String appcode, PageMenu.Definition d, Long id) {
        for (PageMenu other : menus.findByAppcodeAndDeletedFalseOrderBySortAscIdAsc(appcode)) {
            if (Objects.equals(other.getId(), id)) {
                continue;
            }
            if (other.getCode().equals(d.code())) {
                throw IamError.NAME_TAKEN.exception("菜单编码已存在: " + d.code());
            }
            if (other.getPid() != d.pid()) {
                continue;
            }
            if (other.getTitle().equals(d.title())) {
                throw IamError.NAME_TAKEN.exception("同一目录下菜单名称重复: " + d.title());
            }
            if (d.component() != null && d.component().equals(other.getComponent())) {
                throw IamError.NAME_TAKEN.exception("同一目录下组件重复: " + d.component());
            }
            if (d.path() != null && d.path().equals(other.getPath())) {
                throw IamError.NAME_TAKEN.exception("同一目录下路径重复: " + d.path());
            }
        }
    }

    /**
     * 3.2.3: deletes a menu (soft) and the grants of it; a directory with live children is refused. Deleting an
     * already deleted menu is a no-op (idempotent); an id that never existed is unknown.
     */
    @Transactional
    public void delete(long id) {
        PageMenu menu = menus.findById(id).orElseThrow(() -> BizException.notFound("菜单"));
        if (menu.isDeleted()) {
            return;
        }
        if (menus.existsByPidAndDeletedFalse(id)) {
            throw IamError.HAS_CHILDREN.exception("菜单存在下级菜单，不能删除");
        }
        menus.deleteGrants(id);
        menu.delete(LocalDateTime.now(clock));
    }

    /** Checks a role's menus: live pages of the role's app, buttons among the page's own. */
    @Transactional(readOnly = true)
    public void checkGrantable(String appcode, long pageMenuId, List<String> buttons) {
        PageMenu menu = menus.findById(pageMenuId)
                .filter(m -> m.isGrantable() && m.getAppcode().equals(appcode))
                .orElseThrow(() -> IamError.MENU_NOT_GRANTABLE.exception("菜单" + pageMenuId
                        + "不存在、是目录或不属于应用" + appcode));
        for (String b : buttons) {
            if (!menu.hasButton(b)) {
                throw IamError.BUTTON_NOT_OF_MENU.exception("按钮" + b + "不属于菜单" + menu.getTitle());
            }
        }
    }
}
