package com.nuoer.customer.org.organization.web;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import com.nuoer.common.validation.Month;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.TimeRange;
import com.nuoer.customer.org.auth.AuthRecord;
import com.nuoer.customer.org.organization.CustomerFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request records of the customer endpoints (crm list/edit/delete/activeApp, sales list; marketing reuses the list). */
public final class CustomerDtos {

    private CustomerDtos() {
    }

    /** 3.7.8 crm list (and 3.1.2 marketing list): the seed's filters. deptIds/excludeDeptIds are organisation ids. */
    public record CrmCustomerListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                         @Size(max = 64) String keyword, Long assistantId, Boolean nonAssistantId,
                                         Integer state, String createTimeGte, String createTimeLte,
                                         Integer customerType, List<String> customerNatureList, List<Long> deptIds,
                                         List<Long> excludeDeptIds, List<Long> merchantIdList,
                                         @Size(max = 64) String gainChannel, @Size(max = 64) String excludeCheckItem,
                                         Long salesmanId, @Month String matchMonth) implements PageParams {

        /** salesmanId (with or without matchMonth) narrows to the salesman's current customers. */
        public CustomerFilter filter() {
            return new CustomerFilter(null, keyword, null, assistantId != null ? assistantId : salesmanId,
                    nonAssistantId, state, TimeRange.from("createTimeGte", createTimeGte),
                    TimeRange.to("createTimeLte", createTimeLte), customerType, customerNatureList, deptIds,
                    excludeDeptIds, merchantIdList, gainChannel, excludeCheckItem, null, null);
        }
    }

    /** 4.5.4 sales list: 「nearFollowDateGte和nearFollowDateLt仅支持传递一个」. */
    public record SalesCustomerListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                           @Size(max = 128) String customerNameLike, @Size(max = 64) String keyword,
                                           String nearFollowDateGte, String nearFollowDateLt) implements PageParams {
    }

    public record BaseInfo(@Size(max = 128) String organizationName, @Mobile String mobile,
                           @Size(max = 128) String aliasName, Integer state, @Size(max = 64) String linkman,
                           @Size(max = 20) String linkMobile, @Email @Size(max = 128) String email,
                           @Pattern(regexp = "10|20", message = "客户类型只能是10(试用客户)或20(正式客户)")
                           String customerType,
                           @Size(max = 64) String customerNature,
                           @Size(max = 500, message = "企业描述最多500字") String enterpriseDesc) {

        public Organization.Profile profile() {
            return new Organization.Profile(organizationName, aliasName, mobile, linkman, linkMobile, email,
                    customerType == null ? null : Integer.valueOf(customerType), customerNature, null,
                    enterpriseDesc, null, null, null, null);
        }
    }

    public record AuthInfo(Long id,
                           @Pattern(regexp = "10|20", message = "认证类型只能是10(个人认证)或20(企业认证)")
                           String authType,
                           @Mobile String mobile, @Size(max = 128) String enterpriseName,
                           @Pattern(regexp = "[0-9A-Z]{18}", message = "统一社会信用代码应为18位数字或大写字母")
                           String enterpriseNo,
                           @Size(max = 64) String realName, @Size(max = 32) String idCard,
                           @Size(max = 512) String businessImg, @Size(max = 512) String idCardFront,
                           @Size(max = 512) String idCardBack,
                           @Size(max = 20) List<@Size(max = 512) String> workspaceImgList,
                           @Size(max = 64) String linkman, @Size(max = 20) String linkMobile,
                           @Email @Size(max = 128) String linkEmail, @Size(max = 1000) String businessDesc,
                           @Size(max = 20) List<@Size(max = 512) String> certificationList) {

        public AuthRecord.Data data() {
            return new AuthRecord.Data(authType == null ? null : Integer.valueOf(authType), enterpriseName,
                    enterpriseNo, realName, idCard, mobile, businessImg, idCardFront, idCardBack, workspaceImgList,
                    certificationList, linkman, linkMobile, linkEmail, null, businessDesc, null, null);
        }
    }

    /** 3.7.13: the customer is addressed by merchantId. */
    public record EditRequest(@NotNull Long merchantId, @Valid BaseInfo baseInfo, @Valid AuthInfo authInfo) {
    }

    public record DeleteRequest(@NotNull Long organizationId) {
    }

    public record ActiveAppRequest(@NotNull Long merchantId, @NotBlank @Size(max = 32) String appcode,
                                   @Size(max = 64) String industry) {
    }
}
