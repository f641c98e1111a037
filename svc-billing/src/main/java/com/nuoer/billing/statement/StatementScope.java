package com.nuoer.billing.statement;

import com.nuoer.common.error.BizException;
import com.nuoer.common.session.SessionInfo;
import java.util.List;

/**
 * Which statements a caller may see, decided from the session only: crm staff all (their menu is checked by
 * {@code @RequiresMenu}), a salesman the customers he maintains ({@code customer_view.assistant_id}; managers with
 * {@code isAppManage} all), a customer its own organisation.
 */
public record StatementScope(Kind kind, Long id) {

    public enum Kind { ALL, SALESMAN, ORGANIZATION }

    public static StatementScope crm() {
        return new StatementScope(Kind.ALL, null);
    }

    public static StatementScope sales(SessionInfo s) {
        if (Boolean.TRUE.equals(s.isAppManage())) {
            return new StatementScope(Kind.ALL, null);
        }
        Long salesman = s.salesmanId() != null ? s.salesmanId() : s.userId();
        return new StatementScope(Kind.SALESMAN, salesman == null ? -1L : salesman);
    }

    public static StatementScope beeback(SessionInfo s) {
        if (s.enterpriseId() == null) {
            throw BizException.forbidden("当前账号未关联企业");
        }
        return new StatementScope(Kind.ORGANIZATION, s.enterpriseId());
    }

    /** SQL predicate on an organisation id column, e.g. {@code s.organization_id}. */
    public String predicate(String orgColumn) {
        return switch (kind) {
            case ALL -> "true";
            case ORGANIZATION -> orgColumn + " = ?";
            case SALESMAN -> orgColumn + " in (select organization_id from customer_view where assistant_id = ?)";
        };
    }

    public List<Object> args() {
        return kind == Kind.ALL ? List.of() : List.of(id);
    }
}
