package com.nuoer.customer.iam.web;

import com.nuoer.common.session.SessionInfo;

/**
 * The fields both querySession answers document (seed 2.4.1 and 4.6.1, same names and order); the two answers add
 * their own few fields around it ({@link BeebackSessionView}, {@link SalesSessionView}). Our own session fields
 * ({@code staffId}, {@code roles}) are not part of either answer.
 */
public record SessionCommonView(
        String loginId,
        String stoken,
        Long userId,
        String username,
        String nickname,
        String mobile,
        Long merchantId,
        String merchantName,
        Long enterpriseId,
        String enterpriseName,
        String industry,
        Integer authType,
        String loginAppCode,
        String appcode,
        String appName,
        String bizAppcode,
        String requestIp,
        Long agentId,
        Long salesmanId,
        Long assistantId,
        Long tenantId,
        Long bizTenantId,
        Long tenantOwnerId,
        String realName,
        String linkman,
        String linkMobile,
        String email,
        Boolean isTemp,
        String terminal,
        Integer iv,
        Boolean isTest,
        Long refreshTime) {

    static SessionCommonView of(SessionInfo s) {
        return new SessionCommonView(s.loginId(), s.stoken(), s.userId(), s.username(), s.nickname(), s.mobile(),
                s.merchantId(), s.merchantName(), s.enterpriseId(), s.enterpriseName(), s.industry(), s.authType(),
                s.loginAppCode(), s.appcode(), s.appName(), s.bizAppcode(), s.requestIp(), s.agentId(),
                s.salesmanId(), s.assistantId(), s.tenantId(), s.bizTenantId(), s.tenantOwnerId(), s.realName(),
                s.linkman(), s.linkMobile(), s.email(), s.isTemp(), s.terminal(), s.iv(), s.isTest(),
                s.refreshTime());
    }
}
