package com.nuoer.customer.iam.department.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.department.DepartmentService;
import com.nuoer.customer.iam.department.OrgDepartment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm 3.4.1–3.4.3 internal departments (组织管理). */
@RestController
@RequestMapping("/mt/crm/org/dept")
@RequiresMenu(MenuCodes.CRM_ORG)
public class CrmDepartmentController {

    private final DepartmentService departments;

    public CrmDepartmentController(DepartmentService departments) {
        this.departments = departments;
    }

    /** 3.4.1 保存部门. */
    public record SaveDepartmentRequest(@Positive Long id, @PositiveOrZero Long pid,
                                        @NotBlank @Size(max = 64) String name,
                                        @PositiveOrZero Long mangerStaffId, @Size(max = 500) String remark) {
    }

    /** 3.4.2 查询部门. */
    public record ListDepartmentRequest(@Size(max = 500) List<Long> idList, @Size(max = 500) List<Long> pidList,
                                        @Size(max = 64) String name, Boolean querySub) {
    }

    /** 3.4.3 删除部门. */
    public record DeleteDepartmentRequest(@NotNull @Positive Long id, String appcode) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DepartmentView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                                 Long merchantId, Long pid, String pname, String name, Integer level,
                                 Long mangerStaffId, String mangerStaffName, String remark,
                                 List<DepartmentView> subList, String appcode) {

        static DepartmentView of(DepartmentService.Node n) {
            OrgDepartment d = n.department();
            return new DepartmentView(d.getId(), d.getCreateBy(), d.getCreateTime(), d.getModifyTime(),
                    d.getMerchantId(), d.getPid(), n.pname(), d.getName(), d.getLevel(), d.getMangerStaffId(),
                    n.mangerStaffName(), d.getRemark(), n.subList().stream().map(DepartmentView::of).toList(),
                    d.getAppcode());
        }
    }

    @PostMapping("/save")
    public ApiResponse<Void> save(@Valid @RequestBody SaveDepartmentRequest body) {
        departments.save(body.id(), body.pid(), body.name().trim(), body.mangerStaffId(), body.remark(),
                SessionContext.require().userId());
        return ApiResponse.ok();
    }

    @PostMapping("/list")
    public ApiResponse<List<DepartmentView>> list(@Valid @RequestBody ListDepartmentRequest body) {
        return ApiResponse.ok(departments.list(new DepartmentService.Filter(body.idList(), body.pidList(),
                body.name(), Boolean.TRUE.equals(body.querySub()))).stream().map(DepartmentView::of).toList());
    }

    @PostMapping("/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody DeleteDepartmentRequest body) {
        departments.delete(body.id());
        return ApiResponse.ok();
    }
}
