package com.nuoer.customer.iam.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.nuoer.common.session.SessionInfo;

/** data of beeback {@code querySession} (seed 2.4.1): the common fields plus the developer account. */
public record BeebackSessionView(
        @JsonUnwrapped SessionCommonView session,
        String appId,
        Long deptId,
        String deptName) {

    static BeebackSessionView of(SessionInfo s) {
        return new BeebackSessionView(SessionCommonView.of(s), s.appId(), s.deptId(), s.deptName());
    }
}
