package com.nuoer.customer.iam.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.Role;
import com.nuoer.customer.iam.Staff;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules of menus, roles and staff that need no Spring. */
class MenuRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 1, 9, 0);

    private static PageMenu menu(long id, long pid, String code, boolean dir) throws Exception {
        PageMenu m = PageMenu.create("crm", 1L, NOW);
        m.define(new PageMenu.Definition(code, code, pid, null, null, dir, null, null, null, true, false, false,
                false, List.of(new MenuButton("编辑", "edit")), 0, Map.of()), pid == 0 ? 1 : 2, NOW);
        Field f = PageMenu.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(m, id);
        return m;
    }

    @Test
    void grantedPagesBringTheirDirectoriesButNotTheirSiblings() throws Exception {
        MenuTree tree = new MenuTree(List.of(menu(1, 0, "crm:index", false), menu(2, 0, "crm:dir:customer", true),
                menu(3, 2, "crm:customer", false), menu(4, 2, "crm:customer:apply", false)));
        assertThat(tree.codesOf(List.of(3L))).containsExactly("crm:dir:customer", "crm:customer");
        List<MenuTree.Node> restricted = tree.restrictedTo(List.of(3L));
        assertThat(restricted).hasSize(1);
        assertThat(restricted.get(0).children()).extracting(n -> n.menu().getCode()).containsExactly("crm:customer");
        assertThat(tree.all().get(1).children()).hasSize(2);
    }

    @Test
    void directoriesAreNotGrantableAndButtonsBelongToTheirPage() throws Exception {
        assertThat(menu(2, 0, "d", true).isGrantable()).isFalse();
        assertThat(menu(3, 2, "p", false).isGrantable()).isTrue();
        assertThat(menu(3, 2, "p", false).hasButton("edit")).isTrue();
        assertThat(menu(3, 2, "p", false).hasButton("delete")).isFalse();
    }

    @Test
    void aRoleHeldByActiveStaffIsNotDeleted() {
        Role role = Role.create("custom", "客服", "crm", 1, 1L, NOW);
        assertThatThrownBy(() -> role.delete(2, NOW)).isInstanceOf(BizException.class)
                .extracting(e -> ((BizException) e).code()).isEqualTo(IamError.ROLE_IN_USE.code());
        role.delete(0, NOW);
        assertThat(role.isDeleted()).isTrue();
        role.delete(5, NOW); // already deleted: nothing to refuse
    }

    @Test
    void deletingStaffWithCustomersNeedsConfirmation() {
        Staff staff = Staff.create(5L, "sales", 1, 1L, NOW);
        assertThatThrownBy(() -> staff.delete(3, false, NOW)).isInstanceOf(BizException.class)
                .extracting(e -> ((BizException) e).code()).isEqualTo(IamError.STAFF_HAS_CUSTOMERS.code());
        assertThat(staff.isActive()).isTrue();
        assertThat(staff.delete(3, true, NOW)).isTrue();
        assertThat(staff.isActive()).isFalse();
        assertThat(staff.delete(0, false, NOW)).isFalse();
        Staff noCustomers = Staff.create(6L, "crm", 1, 1L, NOW);
        assertThat(noCustomers.delete(0, false, NOW)).isTrue();
    }
}
