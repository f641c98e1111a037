package com.nuoer.customer.org.register;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import com.nuoer.common.validation.Month;
import com.nuoer.customer.org.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The customer register form of the seed (crm register / syncRegister / editApply, sales register): what a passed
 * registration turns into a user account, an organisation and its authentication record. Stored as the
 * application's {@code submitInfo}. {@code appcodes} are the apps the new account may log in to.
 * {@code applyId}/{@code applyRemark} (sales register, editApply) and {@code confirmRepeat} (crm register,
 * syncRegister) steer the request and are not part of the stored submitInfo ({@link #asSubmitInfo()}).
 */
public record RegisterForm(
        Boolean syncOtherEnv,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_@.\\-]{4,64}", message = "用户名只能包含字母、数字和_@.-，4到64位")
        String username,
        @NotBlank @Size(max = 128) String organizationName,
        @Size(max = 128) String aliasName,
        @NotBlank @Pattern(regexp = "[0-9A-Z]{18}", message = "统一社会信用代码应为18位数字或大写字母") String enterpriseNo,
        @Size(max = 64) String nickname,
        @NotBlank @Mobile String mobile,
        @Size(max = 512) String businessImg,
        Integer state,
        @Size(max = 64) String realName,
        @Size(max = 32) String idCard,
        @Size(max = 512) String portrait,
        @Email @Size(max = 128) String email,
        @Size(max = 64) String linkman,
        @Size(max = 20) String linkMobile,
        @Valid Address linkAddress,
        @Size(max = 64) String invitationCode,
        Long assistantId,
        @Size(max = 32) String gradeCode,
        @DecimalMin("0") @DecimalMax("1") BigDecimal royaltyRate,
        @Size(max = 64) String gainChannel,
        @Month String royaltyEffectMonth,
        Integer customerType,
        @Size(max = 64) String customerNature,
        @Size(max = 20) List<@Size(max = 512) String> workspaceImgList,
        @Size(max = 20) List<@Size(max = 512) String> certificationList,
        @NotEmpty(message = "请至少选择一个可用系统") List<@Valid AppcodeItem> appcodes,
        @Size(max = 64) String industry,
        Boolean noticeAtOnce,
        @Size(max = 64) String syncAppId,
        @Size(max = 500, message = "企业描述最多500字") String enterpriseDesc,
        @JsonProperty("isMonthlySettle") Boolean isMonthlySettle,
        @DecimalMin("0") BigDecimal overdraftQuota,
        Long opportunityId,
        Long applyId,
        @Size(max = 250, message = "申请备注最多250字") String applyRemark,
        Boolean confirmRepeat) {

    /** One entry of {@code appcodes}: 「可用系统」. */
    public record AppcodeItem(Long relationId, @NotBlank @Size(max = 32) String appcode, String bizAppcode,
                              String appName, String bizAppName) {
    }

    @JsonIgnore
    @AssertTrue(message = "customerType: 客户类型只能是10(试用客户)或20(正式客户)")
    public boolean isCustomerTypeKnown() {
        return customerType == null || customerType == 10 || customerType == 20;
    }

    @JsonIgnore
    @AssertTrue(message = "state: 用户状态只能是0(未激活)或10(正常)")
    public boolean isUserStateKnown() {
        return state == null || state == 0 || state == 10;
    }

    /** The same form with the maintaining salesman replaced (sales register: the caller). */
    public RegisterForm withAssistant(Long assistant) {
        return new RegisterForm(syncOtherEnv, username, organizationName, aliasName, enterpriseNo, nickname, mobile,
                businessImg, state, realName, idCard, portrait, email, linkman, linkMobile, linkAddress,
                invitationCode, assistant, gradeCode, royaltyRate, gainChannel, royaltyEffectMonth, customerType,
                customerNature, workspaceImgList, certificationList, appcodes, industry, noticeAtOnce, syncAppId,
                enterpriseDesc, isMonthlySettle, overdraftQuota, opportunityId, applyId, applyRemark, confirmRepeat);
    }

    /** The form as stored in the application: without the request-steering fields. */
    public RegisterForm asSubmitInfo() {
        return new RegisterForm(syncOtherEnv, username, organizationName, aliasName, enterpriseNo, nickname, mobile,
                businessImg, state, realName, idCard, portrait, email, linkman, linkMobile, linkAddress,
                invitationCode, assistantId, gradeCode, royaltyRate, gainChannel, royaltyEffectMonth, customerType,
                customerNature, workspaceImgList, certificationList, appcodes, industry, noticeAtOnce, syncAppId,
                enterpriseDesc, isMonthlySettle, overdraftQuota, opportunityId, null, null, null);
    }

    /** The same form with the grade and royalty decided by the audit. */
    public RegisterForm withGrade(String grade, BigDecimal rate) {
        return new RegisterForm(syncOtherEnv, username, organizationName, aliasName, enterpriseNo, nickname, mobile,
                businessImg, state, realName, idCard, portrait, email, linkman, linkMobile, linkAddress,
                invitationCode, assistantId, grade != null ? grade : gradeCode, rate != null ? rate : royaltyRate,
                gainChannel, royaltyEffectMonth, customerType, customerNature, workspaceImgList, certificationList,
                appcodes, industry, noticeAtOnce, syncAppId, enterpriseDesc, isMonthlySettle, overdraftQuota,
                opportunityId, applyId, applyRemark, confirmRepeat);
    }
}
