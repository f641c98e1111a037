package com.nuoer.common.messaging.events;

/**
 * Event {@code DeptChanged} on {@code customer-event} (aggregate id = deptId): a developer account was opened or its
 * credentials, status or IP whitelist changed. Published by svc-customer through the outbox on every change;
 * svc-apicall refreshes its projection (signature check, IP check) and evicts its cache. Consumers keep the event
 * with the highest {@code version} per deptId and drop older ones (delivery order is not guaranteed).
 *
 * <p>{@code appSecretEncrypted} is the secret exactly as svc-customer stores it: AES-256-GCM, text form
 * {@code "enc:v1:" + base64(12-byte IV || ciphertext || 16-byte tag)}, key = base64 config value
 * {@code nuoer.customer.secret-key} (shared with svc-apicall through configuration, never in code). The plain secret
 * never travels in an event.
 *
 * @param deptId             developer account id
 * @param organizationId     the customer organisation
 * @param userId             owner user of the organisation
 * @param deptName           account name
 * @param appId              public key of the account
 * @param appSecretEncrypted encrypted secret (see above)
 * @param env                {@code prod} | {@code test}
 * @param status             DeptStatus: 0 试用, 1 正常
 * @param whiteIpList        comma separated IPv4/CIDR list, {@code off} = no whitelist
 * @param version            monotonic version of the account
 */
public record DeptChanged(
        Long deptId,
        Long organizationId,
        Long userId,
        String deptName,
        String appId,
        String appSecretEncrypted,
        String env,
        Integer status,
        String whiteIpList,
        long version) {
}
