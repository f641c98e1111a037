package com.nuoer.customer.iam;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nuoer.platform.*}: the operator of the platform as it appears in the sessions of its own staff (crm,
 * sales): merchant id and name, the owner of the (single) tenant, and the business app whose data they manage
 * ({@code bizAppcode} 「业务应用编码(适用于管理后台访问业务数据)」).
 */
@ConfigurationProperties(prefix = "nuoer.platform")
public record PlatformProperties(@DefaultValue("1") long merchantId,
                                 @DefaultValue("诺尔数据") String merchantName,
                                 @DefaultValue("1") long tenantOwnerId,
                                 @DefaultValue("beeback") String bizAppcode) {
}
