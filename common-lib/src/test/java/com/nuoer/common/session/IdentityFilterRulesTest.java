package com.nuoer.common.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.common.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityFilterRulesTest {

    private static SessionInfo session(String appcode) {
        return new SessionInfo("t", "t", 1L, "u", null, null, null, null, null, null, null, null, appcode, appcode,
                null, null, null, null, null, null, null, null, null, null, null, null, null, false, null, null, false,
                null, null, null, null, null, null, null, List.of(), List.of());
    }

    @Test
    void anAppPrefixNeedsASessionOfThatApp() {
        assertThat(IdentityFilter.refusal("/mt/crm/bill/list", null)).contains(ErrorCode.UNAUTHORIZED);
        assertThat(IdentityFilter.refusal("/mt/crm/bill/list", session("beeback"))).contains(ErrorCode.WRONG_APP);
        assertThat(IdentityFilter.refusal("/mt/crm/bill/list", session("crm"))).isEmpty();
        assertThat(IdentityFilter.refusal("/mt/sales/index/summary", SessionInfo.service("svc-x")))
                .contains(ErrorCode.UNAUTHORIZED);
    }

    @Test
    void portalAuthAndActuatorAcceptAnonymousCallers() {
        assertThat(IdentityFilter.refusal("/mt/portal/apiDoc/queryList", null)).isEmpty();
        assertThat(IdentityFilter.refusal("/mt/auth/login", null)).isEmpty();
        assertThat(IdentityFilter.refusal("/actuator/health", null)).isEmpty();
    }

    @Test
    void internalPathsNeedAnySignedIdentity() {
        assertThat(IdentityFilter.refusal("/internal/customer/depts", null)).contains(ErrorCode.UNAUTHORIZED);
        assertThat(IdentityFilter.refusal("/internal/customer/depts", SessionInfo.service("svc-wallet"))).isEmpty();
        assertThat(IdentityFilter.refusal("/internal/customer/depts", session("crm"))).isEmpty();
    }

    @Test
    void adminRoleGrantsEveryMenuOthersOnlyTheirs() {
        SessionInfo operator = new SessionInfo("t", "t", 1L, "u", null, null, null, null, null, null, null, null,
                "crm", "crm", null, null, null, null, null, null, null, null, null, null, null, null, null, false,
                null, null, false, null, null, null, null, null, null, 5L, List.of("operator"),
                List.of(MenuCodes.CRM_CUSTOMER));
        SessionInfo admin = new SessionInfo("t", "t", 1L, "u", null, null, null, null, null, null, null, null,
                "crm", "crm", null, null, null, null, null, null, null, null, null, null, null, null, null, false,
                null, null, false, null, null, null, null, null, null, 6L, List.of(SessionInfo.ADMIN_ROLE), List.of());

        assertThat(operator.hasMenu(MenuCodes.CRM_CUSTOMER)).isTrue();
        assertThat(operator.hasMenu(MenuCodes.CRM_BILL)).isFalse();
        assertThat(admin.hasMenu(MenuCodes.CRM_BILL)).isTrue();
    }
}
