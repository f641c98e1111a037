package com.nuoer.common.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A logged-in session as stored in Redis (key {@link #redisKey}) by svc-customer, forwarded by the gateway to the
 * services, and returned by {@code querySession}. Field names are the seed's (domain.md §5.4); {@code staffId},
 * {@code roles} (role codes of a crm/sales staff member) and {@code menus} (codes of the page menus those roles grant,
 * checked by {@link RequiresMenu}) are ours.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionInfo(
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
        Long refreshTime,
        String appId,
        Long deptId,
        String deptName,
        String roleType,
        Boolean isAppManage,
        Long staffId,
        List<String> roles,
        List<String> menus) {

    /** appcode of service-to-service calls that carry no user (schedulers, event listeners). */
    public static final String SERVICE_APPCODE = "service";

    /** Redis key prefix of sessions: {@code nuoer:session:<stoken>} (written by svc-customer, read by the gateway). */
    public static final String REDIS_KEY_PREFIX = "nuoer:session:";

    public static String redisKey(String stoken) {
        return REDIS_KEY_PREFIX + stoken;
    }

    public static SessionInfo service(String serviceName) {
        return new SessionInfo(serviceName, null, null, serviceName, serviceName, null, null, null, null, null, null,
                null, SERVICE_APPCODE, SERVICE_APPCODE, serviceName, null, null, null, null, null, null, null, null,
                null, null, null, null, false, null, null, false, null, null, null, null, null, null, null, List.of(),
                List.of());
    }

    @JsonIgnore
    public boolean isService() {
        return SERVICE_APPCODE.equals(appcode);
    }

    /** The {@code admin} role of an app grants every menu of it. */
    public static final String ADMIN_ROLE = "admin";

    public boolean hasMenu(String menu) {
        return hasRole(ADMIN_ROLE) || (menus != null && menus.contains(menu));
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }
}
