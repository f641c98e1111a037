package com.nuoer.customer.iam.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /mt/auth/login} (not in the seed, domain.md §6-27; the conformance tool logs in with it).
 * {@link #toString()} never shows the password.
 */
public record LoginRequest(
        @NotBlank(message = "不能为空")
        @Pattern(regexp = "beeback|crm|sales", message = "必须是 beeback、crm 或 sales 之一")
        String appcode,
        @NotBlank(message = "不能为空") @Size(max = 64, message = "最长64个字符") String username,
        @NotBlank(message = "不能为空") @Size(max = 128, message = "最长128个字符") String password) {

    @Override
    public String toString() {
        return "LoginRequest[appcode=" + appcode + ", username=" + username + ", password=***]";
    }
}
