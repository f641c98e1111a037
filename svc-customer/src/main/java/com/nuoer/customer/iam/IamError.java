package com.nuoer.customer.iam;

import com.nuoer.common.error.DomainError;

/** Domain codes of IAM (staff, roles, menus, departments, sms codes, sys tools), inside the 4xxxx ranges. */
public enum IamError implements DomainError {
    LEVEL_EXCEEDED(40010, "最多支持3级"),
    SMS_CODE_INVALID(40011, "验证码错误或已过期"),
    SMS_CODE_REQUIRED(40012, "修改手机号或密码需要短信验证码"),
    MENU_NOT_GRANTABLE(40013, "菜单不存在、是目录或不属于该应用"),
    BUTTON_NOT_OF_MENU(40014, "按钮不属于该菜单"),
    ADMIN_ONLY(40310, "仅运营管理员可操作"),
    USER_NOT_REGISTERED(40410, "该手机号尚未注册用户，请先注册账号"),
    STAFF_HAS_CUSTOMERS(40930, "该员工名下仍有客户，确认删除吗？"),
    ROLE_IN_USE(40931, "角色正在被员工使用，不能删除"),
    ROLE_BUILT_IN(40932, "内置角色不能删除"),
    NAME_TAKEN(40933, "名称或编码重复"),
    HAS_CHILDREN(40934, "存在下级，不能删除"),
    DEPARTMENT_HAS_STAFF(40935, "部门下仍有员工，不能删除"),
    STAFF_EXISTS(40936, "该用户已是员工"),
    SMS_TOO_FREQUENT(42910, "验证码发送过于频繁，请稍后再试"),
    LOGIN_IP_BLOCKED(42911, "该IP登录失败次数过多，请稍后再试"),
    SMS_IP_TOO_FREQUENT(42912, "该IP发送验证码过于频繁，请稍后再试");

    private final int code;
    private final String message;

    IamError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String message() {
        return message;
    }
}
