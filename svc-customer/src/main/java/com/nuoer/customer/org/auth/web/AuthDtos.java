package com.nuoer.customer.org.auth.web;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import com.nuoer.customer.org.Address;
import com.nuoer.customer.org.auth.AuthRecord;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request records of the authentication endpoints (auth/*, manualAuth). */
public final class AuthDtos {

    private AuthDtos() {
    }

    public record AuthListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                  List<Integer> stateList,
                                  @Pattern(regexp = "10|20", message = "认证类型只能是10或20") String authType,
                                  Long userId) implements PageParams {
        public Integer authTypeCode() {
            return authType == null ? null : Integer.valueOf(authType);
        }
    }

    public record AuthEditRequest(
            @NotNull Long id,
            @Pattern(regexp = "10|20", message = "认证类型只能是10(个人认证)或20(企业认证)") String authType,
            @Size(max = 128) String enterpriseName,
            @Pattern(regexp = "[0-9A-Z]{18}", message = "统一社会信用代码应为18位数字或大写字母") String enterpriseNo,
            @Size(max = 64) String realName,
            @Size(max = 32) String idCard,
            @Mobile String mobile,
            @Size(max = 512) String businessImg,
            @Size(max = 512) String idCardFront,
            @Size(max = 512) String idCardBack,
            @Size(max = 20) List<@Size(max = 512) String> workspaceImgList,
            @Size(max = 20) List<@Size(max = 512) String> certificationList,
            @Size(max = 64) String linkman,
            @Size(max = 20) String linkMobile,
            @Email @Size(max = 128) String linkEmail,
            @Size(max = 64) String linkPosition,
            @Size(max = 1000) String businessDesc,
            @Size(max = 500) String auditRemark) {

        public AuthRecord.Data data() {
            return new AuthRecord.Data(authType == null ? null : Integer.valueOf(authType), enterpriseName,
                    enterpriseNo, realName, idCard, mobile, businessImg, idCardFront, idCardBack, workspaceImgList,
                    certificationList, linkman, linkMobile, linkEmail, linkPosition, businessDesc, null, null);
        }
    }

    public record AuthAuditRequest(
            @NotNull Long id,
            @NotBlank @Pattern(regexp = "pass|reject", message = "审核类型只能是pass或reject") String auditType,
            @Size(max = 500) String rejectReason) {
    }

    /** manualAuth: an enterprise authentication entered by ops for the customer user {@code userId}. */
    public record ManualAuthRequest(
            @NotNull Long userId,
            @NotBlank @Size(max = 128) String organizationName,
            @NotBlank @Pattern(regexp = "[0-9A-Z]{18}", message = "统一社会信用代码应为18位数字或大写字母")
            String enterpriseNo,
            @Size(max = 512) String businessImg,
            @Size(max = 64) String realName,
            @Size(max = 32) String idCard,
            @Email @Size(max = 128) String email,
            @Size(max = 64) String linkman,
            @Size(max = 20) String linkMobile,
            @Valid Address linkAddress) {

        public AuthRecord.Data data() {
            return new AuthRecord.Data(20, organizationName, enterpriseNo, realName, idCard, null, businessImg, null,
                    null, null, null, linkman, linkMobile, email, null, null, linkAddress, null);
        }
    }
}
