package com.nuoer.customer.iam.staff.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.nuoer.common.paging.PageParams;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import com.nuoer.customer.iam.Role;
import com.nuoer.customer.iam.Staff;
import com.nuoer.customer.iam.staff.StaffService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Requests and answers of crm org staff (3.4.7–3.4.11). */
public final class StaffDtos {

    private StaffDtos() {
    }

    /** 3.4.8 新增员工; {@code appcode} (ours, optional): the app the staff works in, default = the roles' app or crm. */
    public record AddStaffRequest(@PositiveOrZero Long departmentId,
                                  @NotBlank @Size(max = 64) String name,
                                  @NotBlank @Mobile String mobile,
                                  @Email @Size(max = 128) String email,
                                  @Size(max = 50) List<@NotNull @Positive Long> roleIds,
                                  @Size(max = 500) String remark,
                                  @Pattern(regexp = "crm|sales", message = "应用编码只能是crm或sales") String appcode) {
        StaffService.AddStaff toCommand() {
            return new StaffService.AddStaff(name.trim(), mobile, email, departmentId, roleIds, remark, appcode);
        }
    }

    /** 3.4.9 编辑员工. */
    public record EditStaffRequest(@NotNull @Positive Long id,
                                   @PositiveOrZero Long departmentId,
                                   @Size(min = 1, max = 64) String name,
                                   @Mobile String mobile,
                                   @Email @Size(max = 128) String email,
                                   @Size(max = 50) List<@NotNull @Positive Long> roleIds,
                                   @Size(max = 500) String remark) {
        StaffService.EditStaff toCommand() {
            return new StaffService.EditStaff(id, name == null ? null : name.trim(), mobile, email, departmentId,
                    roleIds, remark);
        }
    }

    /** 3.4.10 查询员工. */
    public record ListStaffRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                   @NotNull Long merchantId, @Positive Long id, @Positive Long departmentId,
                                   @Size(max = 64) String keyword,
                                   @Pattern(regexp = "addSalesman", message = "查询场景只能是addSalesman")
                                   String queryScene,
                                   @Size(max = 500) List<Long> excludeIdList) implements PageParams {
    }

    /** 3.4.11 删除员工. */
    public record DeleteStaffRequest(@NotNull @Positive Long id, Boolean confirmed) {
    }

    /** 3.4.7 查询可绑定的用户; {@code appcode} (ours, optional, default crm): the app to bind to. */
    public record BindableUserRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @Size(max = 64) String keyword,
                                      @Pattern(regexp = "crm|sales", message = "应用编码只能是crm或sales")
                                      String appcode) implements PageParams {
    }

    public record StaffRoleView(Long roleId, String roleCode, String name, String appcode) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StaffView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                            Long merchantId, Long departmentId, Long userId, String name, String mobile,
                            String email, List<StaffRoleView> roles, BigDecimal maxWalletQuota,
                            BigDecimal usedWalletQuota, String remark, String appcode, Long tenantId,
                            Long customerCount) {

        static StaffView of(StaffService.StaffRow row) {
            Staff s = row.staff();
            List<StaffRoleView> roles = s.getRoles().stream().filter(r -> !r.isDeleted())
                    .sorted(Comparator.comparing(Role::getId))
                    .map(r -> new StaffRoleView(r.getId(), r.getCode(), r.getName(), r.getAppcode())).toList();
            return new StaffView(s.getId(), s.getCreateBy(), s.getCreateTime(), s.getModifyTime(), s.getMerchantId(),
                    s.getDepartmentId(), s.getUserId(), s.getName(), s.getMobile(), s.getEmail(), roles,
                    s.getMaxWalletQuota(), s.getUsedWalletQuota(), s.getRemark(), s.getAppcode(), s.getTenantId(),
                    row.customerCount());
        }
    }

    /** A bindable user: the seed's user fields; WeChat, id card, address and invitation are not kept (null). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BindableUserView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                                   String username, String organizationName, String nickname, String mobile,
                                   String wechatOpenid, Integer state, Integer authType, LocalDateTime authTime,
                                   String idCard, String portrait, String realName, String email, String wechatNo,
                                   String wechatNickname, String sourceAppcode, String sourceDesc,
                                   String sourceType, String linkman, String linkMobile,
                                   Map<String, Object> linkAddress, String invitationCode,
                                   @JsonProperty("isTest") Boolean isTest, Long tenantId, List<String> roleList) {

        static BindableUserView of(StaffService.BindableUser u) {
            String sourceDesc = u.sourceAppcode() == null ? null
                    : AppCode.fromCode(u.sourceAppcode()).map(AppCode::appName).orElse(u.sourceAppcode());
            return new BindableUserView(u.id(), null, u.createTime(), u.modifyTime(), u.username(),
                    u.organizationName(), u.nickname(), u.mobile(), null, u.state(), u.authType(), u.authTime(),
                    null, u.portrait(), u.realName(), u.email(), null, null, u.sourceAppcode(), sourceDesc,
                    u.sourceAppcode() == null ? null : "app", u.linkman(), u.linkMobile(), null, null, u.isTest(),
                    u.tenantId(), u.roleList());
        }
    }
}
