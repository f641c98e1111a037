package com.nuoer.customer.iam.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.nuoer.common.session.SessionInfo;

/** data of sales {@code querySession} (seed 4.6.1): the common fields plus the salesman's role. */
public record SalesSessionView(
        @JsonUnwrapped SessionCommonView session,
        String roleType,
        Boolean isAppManage) {

    static SalesSessionView of(SessionInfo s) {
        return new SalesSessionView(SessionCommonView.of(s), s.roleType(), s.isAppManage());
    }
}
