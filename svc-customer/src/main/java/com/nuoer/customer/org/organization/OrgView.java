package com.nuoer.customer.org.organization;

import com.nuoer.customer.org.Address;
import com.nuoer.customer.org.auth.AuthRecordView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The seed's ORG DTO (crm register answer, customer list/detail for crm and sales, marketing list with
 * {@code subscribeCount}). {@code appSecret} is always masked here (domain.md §6-9): the full secret is shown only to
 * its owner in developerInfo. {@code overdraftType} is the wallet projection's enum name (UNACTIVATED without wallet).
 */
public record OrgView(
        Long organizationId,
        Long merchantId,
        String mobile,
        String organizationName,
        String aliasName,
        Integer state,
        String overdraftType,
        String logo,
        Long assistantId,
        String assistantName,
        String linkman,
        String linkMobile,
        String email,
        Integer customerType,
        String industry,
        Boolean enableDevelop,
        Long deptId,
        String appId,
        String appSecret,
        AuthRecordView authRecord,
        Long createBy,
        LocalDateTime createTime,
        List<String> certificationList,
        String whiteIpList,
        Address addressInfo,
        String sourceAppcode,
        List<EnabledApp> enabledApps,
        LocalDate nearFollowDate,
        LocalDateTime assignTime,
        String gradeCode,
        BigDecimal royaltyRate,
        String gainChannel,
        String enterpriseDesc,
        String customerNature,
        Long opportunitySalesmanId,
        String opportunityRoleType,
        Integer subscribeCount) {

    /** 「已开通应用编码」: an app the customer's account may use. */
    public record EnabledApp(String appcode, String appName, String appType, String systemCode, String domain,
                             String logo, Long tenantId, List<String> bizAppList) {
    }
}
