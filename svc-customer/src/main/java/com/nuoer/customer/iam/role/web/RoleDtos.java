package com.nuoer.customer.iam.role.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.nuoer.common.paging.PageParams;
import com.nuoer.customer.iam.Role;
import com.nuoer.customer.iam.role.RoleService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and answers of crm org/role/* (3.4.4–3.4.6). */
public final class RoleDtos {

    private RoleDtos() {
    }

    public record MenuGrantDto(@NotNull @Positive Long pageMenuId,
                               @Size(max = 50) List<@NotBlank @Size(max = 64) String> operableButtons) {
        RoleService.Grant toGrant() {
            return new RoleService.Grant(pageMenuId, operableButtons);
        }
    }

    /** 3.4.4 保存角色. */
    public record SaveRoleRequest(
            @Positive Long id,
            @NotBlank @Size(max = 64) String name,
            @Valid @Size(max = 500) List<MenuGrantDto> menus,
            @Size(max = 500) String remark,
            @NotBlank @Pattern(regexp = "crm|sales", message = "应用编码只能是crm或sales") String appcode) {

        List<RoleService.Grant> grants() {
            return menus == null ? null : menus.stream().map(MenuGrantDto::toGrant).toList();
        }
    }

    /** 3.4.5 查询角色. */
    public record ListRoleRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                  @Positive Long id, @Size(max = 64) String name,
                                  @Pattern(regexp = "crm|sales", message = "应用编码只能是crm或sales") String appcode)
            implements PageParams {
    }

    /** 3.4.6 删除角色. */
    public record DeleteRoleRequest(@NotNull @Positive Long id, String appcode) {
    }

    public record MenuGrantView(Long pageMenuId, List<String> operableButtons) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RoleView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime, String code,
                           Long merchantId, String name, List<MenuGrantView> menus, Boolean deletable, String remark,
                           Long effectUserId, String appcode) {

        static RoleView of(Role r) {
            return new RoleView(r.getId(), r.getCreateBy(), r.getCreateTime(), r.getModifyTime(), r.getCode(),
                    r.getMerchantId(), r.getName(), r.getMenus().stream()
                    .map(g -> new MenuGrantView(g.getPageMenuId(), g.getOperableButtons())).toList(),
                    r.isDeletable(), r.getRemark(), r.getEffectUserId(), r.getAppcode());
        }
    }
}
