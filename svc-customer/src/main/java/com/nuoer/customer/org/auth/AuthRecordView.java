package com.nuoer.customer.org.auth;

import com.nuoer.customer.org.Address;
import java.time.LocalDateTime;
import java.util.List;

/** The seed's authentication record object (auth/list, auth/detail and {@code authRecord} of the ORG DTO). */
public record AuthRecordView(
        Long id,
        Long createBy,
        LocalDateTime createTime,
        LocalDateTime modifyTime,
        Long userId,
        Integer authType,
        Integer state,
        String enterpriseName,
        String enterpriseNo,
        String realName,
        String idCard,
        String mobile,
        String businessImg,
        String idCardFront,
        String idCardBack,
        List<String> workspaceImgList,
        List<String> certificationList,
        String linkman,
        String linkMobile,
        String linkEmail,
        String linkPosition,
        String businessDesc,
        Address addressInfo,
        String industry,
        LocalDateTime auditTime,
        String auditRemark,
        String sourceAppcode,
        Long tenantId) {

    public static AuthRecordView of(AuthRecord r) {
        if (r == null) {
            return null;
        }
        return new AuthRecordView(r.getId(), r.getCreateBy(), r.getCreateTime(), r.getModifyTime(), r.getUserId(),
                r.getAuthType(), r.getState(), r.getEnterpriseName(), r.getEnterpriseNo(), r.getRealName(),
                r.getIdCard(), r.getMobile(), r.getBusinessImg(), r.getIdCardFront(), r.getIdCardBack(),
                r.getWorkspaceImgList(), r.getCertificationList(), r.getLinkman(), r.getLinkMobile(),
                r.getLinkEmail(), r.getLinkPosition(), r.getBusinessDesc(), r.getAddressInfo(), r.getIndustry(),
                r.getAuditTime(), r.getAuditRemark(), r.getSourceAppcode(), r.getTenantId());
    }
}
