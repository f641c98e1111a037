package com.nuoer.apicall.projection;

/** Copy of a developer account (svc-customer Dept) as the call path needs it; {@code appSecretEnc} stays encrypted. */
public record DeptView(Long deptId, Long organizationId, Long userId, String deptName, String appId,
                       String appSecretEnc, String env, Integer status, String whiteIpList, long version) {
}
