package com.nuoer.customer.iam.department;

import com.nuoer.common.error.BizException;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.PlatformProperties;
import com.nuoer.customer.iam.Staff;
import com.nuoer.customer.iam.StaffRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Internal departments of the operator (3.4.1–3.4.3): tree of ≤ 3 levels, manager = an active staff member. */
@Service
public class DepartmentService {

    private final OrgDepartmentRepository departments;
    private final StaffRepository staff;
    private final PlatformProperties platform;
    private final Clock clock;

    public DepartmentService(OrgDepartmentRepository departments, StaffRepository staff,
                             PlatformProperties platform, Clock clock) {
        this.departments = departments;
        this.staff = staff;
        this.platform = platform;
        this.clock = clock;
    }

    /** A department with its parent's name, manager's name and (when asked) its sub-departments. */
    public record Node(OrgDepartment department, String pname, String mangerStaffName, List<Node> subList) {
    }

    public record Filter(List<Long> idList, List<Long> pidList, String name, boolean querySub) {
    }

    @Transactional
    public Long save(Long id, Long pid, String name, Long mangerStaffId, String remark, Long callerUserId) {
        LocalDateTime now = LocalDateTime.now(clock);
        OrgDepartment dept = id == null
                ? OrgDepartment.create(platform.merchantId(), "crm", callerUserId, now)
                : live(id).orElseThrow(() -> BizException.notFound("部门"));
        OrgDepartment parent = null;
        if (pid != null && pid != 0) {
            parent = live(pid).orElseThrow(() -> BizException.notFound("上级部门"));
            if (id != null && isSelfOrBelow(parent, id)) {
                throw BizException.badRequest("上级部门不能是自身或其下级");
            }
        }
        if (mangerStaffId != null && mangerStaffId != 0) {
            staff.findById(mangerStaffId).filter(Staff::isActive)
                    .filter(s -> s.getMerchantId() == platform.merchantId())
                    .orElseThrow(() -> BizException.notFound("管理员(员工)"));
        } else {
            mangerStaffId = null;
        }
        long newPid = parent == null ? 0 : parent.getId();
        boolean taken = all().stream().anyMatch(d -> d.getPid() == newPid && d.getName().equals(name)
                && !Objects.equals(d.getId(), id));
        if (taken) {
            throw IamError.NAME_TAKEN.exception("同一上级下部门名称重复: " + name);
        }
        if (id != null && parent != null && departments.existsByPidAndDeletedFalse(id)
                && parent.getLevel() + 2 > OrgDepartment.MAX_LEVEL) {
            throw IamError.LEVEL_EXCEEDED.exception("移动后下级部门将超过3级");
        }
        dept.define(parent, name, mangerStaffId, remark, now);
        return departments.save(dept).getId();
    }

    private boolean isSelfOrBelow(OrgDepartment candidate, long id) {
        Map<Long, OrgDepartment> byId = all().stream()
                .collect(Collectors.toMap(OrgDepartment::getId, Function.identity()));
        Set<Long> seen = new HashSet<>();
        OrgDepartment d = candidate;
        while (d != null && seen.add(d.getId())) {
            if (d.getId() == id) {
                return true;
            }
            d = byId.get(d.getPid());
        }
        return false;
    }

    private java.util.Optional<OrgDepartment> live(long id) {
        return departments.findById(id).filter(d -> !d.isDeleted() && d.getMerchantId() == platform.merchantId());
    }

    private List<OrgDepartment> all() {
        return departments.findByMerchantIdAndDeletedFalseOrderByIdAsc(platform.merchantId());
    }

    /**
     * Departments matching the filter. Without any filter: all departments as a flat list, or (querySub) the
     * top-level ones each with its whole subtree.
     */
    @Transactional(readOnly = true)
    public List<Node> list(Filter f) {
        List<OrgDepartment> all = all();
        Map<Long, OrgDepartment> byId = new HashMap<>();
        Map<Long, List<OrgDepartment>> children = new HashMap<>();
        for (OrgDepartment d : all) {
            byId.put(d.getId(), d);
            children.computeIfAbsent(d.getPid(), k -> new ArrayList<>()).add(d);
        }
        Map<Long, String> managerNames = managerNames(all);
        boolean noFilter = isEmpty(f.idList()) && isEmpty(f.pidList()) && (f.name() == null || f.name().isBlank());
        List<OrgDepartment> matches = all.stream()
                .filter(d -> isEmpty(f.idList()) || f.idList().contains(d.getId()))
                .filter(d -> isEmpty(f.pidList()) || f.pidList().contains(d.getPid()))
                .filter(d -> f.name() == null || f.name().isBlank() || d.getName().contains(f.name().trim()))
                .filter(d -> !(noFilter && f.querySub()) || d.getPid() == 0 || !byId.containsKey(d.getPid()))
                .toList();
        return matches.stream().map(d -> node(d, byId, children, managerNames, f.querySub(), 0)).toList();
    }

    private Node node(OrgDepartment d, Map<Long, OrgDepartment> byId, Map<Long, List<OrgDepartment>> children,
                      Map<Long, String> managerNames, boolean withSubs, int depth) {
        OrgDepartment parent = byId.get(d.getPid());
        List<Node> subs = withSubs && depth < OrgDepartment.MAX_LEVEL
                ? children.getOrDefault(d.getId(), List.of()).stream()
                .map(c -> node(c, byId, children, managerNames, true, depth + 1)).toList()
                : List.of();
        return new Node(d, parent == null ? null : parent.getName(),
                d.getMangerStaffId() == null ? null : managerNames.get(d.getMangerStaffId()), subs);
    }

    private Map<Long, String> managerNames(Collection<OrgDepartment> all) {
        Set<Long> ids = all.stream().map(OrgDepartment::getMangerStaffId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            staff.findAllById(ids).forEach(s -> names.put(s.getId(), s.getName()));
        }
        return names;
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    /** Deletes a department without sub-departments and without active staff; deleting twice is a no-op. */
    @Transactional
    public void delete(long id) {
        OrgDepartment dept = departments.findById(id).filter(d -> d.getMerchantId() == platform.merchantId())
                .orElseThrow(() -> BizException.notFound("部门"));
        if (dept.isDeleted()) {
            return;
        }
        if (departments.existsByPidAndDeletedFalse(id)) {
            throw IamError.HAS_CHILDREN.exception("部门存在下级部门，不能删除");
        }
        if (staff.countByDepartmentIdAndState(id, Staff.ACTIVE) > 0) {
            throw IamError.DEPARTMENT_HAS_STAFF.exception();
        }
        dept.delete(LocalDateTime.now(clock));
    }

    /** An active department of the operator, or 404 (for staff add/edit). */
    @Transactional(readOnly = true)
    public void requireExists(Long id) {
        if (id != null && id != 0 && live(id).isEmpty()) {
            throw BizException.notFound("部门");
        }
    }
}
