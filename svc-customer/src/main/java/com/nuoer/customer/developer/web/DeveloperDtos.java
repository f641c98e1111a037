package com.nuoer.customer.developer.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.nuoer.common.validation.IpList;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Patterns;
import com.nuoer.customer.developer.DeveloperService.RevealedAccount;
import com.nuoer.customer.org.Dept;
import com.nuoer.customer.org.DevEnv;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Requests and answers of the developer-account endpoints, with the seed's JSON names; mapping in one place. */
public final class DeveloperDtos {

    static final String ENV_PATTERN = "prod|test";
    static final String ENV_MESSAGE = "账户类型只能是prod或test";

    private DeveloperDtos() {
    }

    static DevEnv env(String env) {
        return DevEnv.valueOf(env.toUpperCase());
    }

    /** 2.4.4 beeback applyDeveloper; 2.4.2 developerInfo. */
    public record EnvRequest(
            @NotBlank @Pattern(regexp = ENV_PATTERN, message = ENV_MESSAGE) String env) {
    }

    /** 3.7.48 crm applyDeveloper. */
    public record CrmApplyRequest(
            @NotNull Long userId,
            @NotBlank @Pattern(regexp = ENV_PATTERN, message = ENV_MESSAGE) String env) {
    }

    /** 2.4.3 beeback saveWhiteIpList. */
    public record WhiteIpListRequest(
            @NotNull Boolean enable,
            @IpList @Size(max = 2000) String ipList) {

        @JsonIgnore
        @AssertTrue(message = "开启白名单时ipList必填，且不能是off")
        public boolean isIpListGivenWhenEnabled() {
            return !Boolean.TRUE.equals(enable) || (ipList != null && !ipList.isBlank() && !"off".equals(ipList.trim()));
        }
    }

    /** 3.7.17 crm / 4.5.12 sales saveWhiteIpList. */
    public record DeptWhiteIpListRequest(
            @NotNull Long deptId,
            @NotNull Boolean enable,
            @IpList @Size(max = 2000) String ipList) {

        @JsonIgnore
        @AssertTrue(message = "开启白名单时ipList必填，且不能是off")
        public boolean isIpListGivenWhenEnabled() {
            return !Boolean.TRUE.equals(enable) || (ipList != null && !ipList.isBlank() && !"off".equals(ipList.trim()));
        }
    }

    /** 3.7.18 crm / 4.5.13 sales sendDeveloperInfo. */
    public record SendDeveloperInfoRequest(
            @NotNull Long deptId,
            @NotBlank @Pattern(regexp = "(?i)sms|email", message = "发送方式只能是sms或email") String method,
            @NotBlank @Size(max = 128) String receiver,
            @Size(max = 10) List<@NotBlank @Email String> ccList) {

        @JsonIgnore
        @AssertTrue(message = "接收人格式错误：短信需手机号，邮件需邮箱")
        public boolean isReceiverValidForMethod() {
            if (method == null || receiver == null) {
                return true;
            }
            String r = receiver.trim();
            return "sms".equalsIgnoreCase(method) ? r.matches(Patterns.MOBILE) : java.util.regex.Pattern.compile(Patterns.EMAIL,
                    java.util.regex.Pattern.CASE_INSENSITIVE).matcher(r).matches();
        }

        @JsonIgnore
        @AssertTrue(message = "抄送仅适用于邮件")
        public boolean isCcOnlyForEmail() {
            return ccList == null || ccList.isEmpty() || "email".equalsIgnoreCase(method);
        }
    }

    /** 2.4.2 answer: the only place the secret is shown (to the account's owner). */
    public record DeveloperInfoView(
            Long deptId,
            String deptName,
            String appId,
            String appSecret,
            String env,
            Integer status,
            String whiteIpList) {

        static DeveloperInfoView of(RevealedAccount account) {
            Dept d = account.dept();
            return new DeveloperInfoView(d.getId(), d.getDeptName(), d.getAppId(), account.appSecret(), d.getEnv(),
                    d.getStatus(), d.getWhiteIpList());
        }
    }
}
