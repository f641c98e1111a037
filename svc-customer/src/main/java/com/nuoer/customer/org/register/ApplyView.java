package com.nuoer.customer.org.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import java.util.List;

/** The seed's registration application object (sales register answer, applyList rows, applyDetail). */
public record ApplyView(
        Long id,
        Long createBy,
        LocalDateTime createTime,
        LocalDateTime modifyTime,
        String applyNo,
        Long customerId,
        String customerName,
        Long salesmanId,
        String salesmanName,
        Integer auditState,
        @JsonProperty("isOut") Boolean isOut,
        RegisterForm submitInfo,
        String submitRemark,
        LocalDateTime auditTime,
        String auditRemark,
        List<String> auditImgList,
        Long opportunityId) {

    public static ApplyView of(RegisterApply a) {
        return new ApplyView(a.getId(), a.getCreateBy(), a.getCreateTime(), a.getModifyTime(), a.getApplyNo(),
                a.getCustomerId(), a.getCustomerName(), a.getSalesmanId(), a.getSalesmanName(), a.getAuditState(),
                a.isOut(), a.getSubmitInfo(), a.getSubmitRemark(), a.getAuditTime(), a.getAuditRemark(),
                a.getAuditImgList(), a.getOpportunityId());
    }
}
