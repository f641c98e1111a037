package com.nuoer.customer.entitlement.web;

import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.DeptItemEvents;
import com.nuoer.customer.entitlement.DeptItemRepository;
import com.nuoer.customer.org.Dept;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal questions other services ask now (contracts-s2.md): the account of an appId (as DeptChanged), the deptItem
 * snapshots of an account, how many accounts hold a product, which products an account holds. Not routed by the
 * gateway; needs a signed identity.
 */
@RestController
@RequestMapping("/internal/customer")
public class InternalDeptItemController {

    private final DeptItemRepository items;
    private final DeptItemEvents events;
    private final JdbcTemplate jdbc;
    private final jakarta.persistence.EntityManager em;

    public InternalDeptItemController(DeptItemRepository items, DeptItemEvents events, JdbcTemplate jdbc,
                                      jakarta.persistence.EntityManager em) {
        this.items = items;
        this.events = events;
        this.jdbc = jdbc;
        this.em = em;
    }

    /** The developer account of an appId, built like DeptEvents publishes it (404 when unknown). */
    @GetMapping("/dept/byAppId/{appId}")
    @Transactional(readOnly = true)
    public ApiResponse<DeptChanged> deptByAppId(@PathVariable String appId) {
        List<Dept> found = em.createQuery("select d from Dept d where d.appId = :appId", Dept.class)
                .setParameter("appId", appId).getResultList();
        if (found.isEmpty()) {
            throw BizException.notFound("开发账户");
        }
        Dept d = found.get(0);
        return ApiResponse.ok(new DeptChanged(d.getId(), d.getOrganizationId(), d.getUserId(), d.getDeptName(),
                d.getAppId(), d.revealSecret(), d.getEnv(), d.getStatus(), d.getWhiteIpList(), d.getVersion()));
    }

    /** Snapshots of every not deleted deptItem of an account, sub-items included. */
    @GetMapping("/deptItem/snapshots")
    @Transactional(readOnly = true)
    public ApiResponse<List<DeptItemChanged>> snapshots(@RequestParam Long deptId) {
        return ApiResponse.ok(items.findByDept(deptId).stream().map(events::snapshot).toList());
    }

    /** How many deptItems of a product are open (state 10). */
    @GetMapping("/checkItem/{checkItem}/openedCount")
    public ApiResponse<Long> openedCount(@PathVariable String checkItem) {
        return ApiResponse.ok(items.countOpened(checkItem));
    }

    /** The product codes an account holds (not deleted, any state). */
    @GetMapping("/deptItem/checkItems")
    public ApiResponse<List<String>> checkItems(@RequestParam Long deptId) {
        return ApiResponse.ok(jdbc.queryForList("select distinct check_item from dept_item where dept_id = ?"
                + " and not deleted order by check_item", String.class, deptId));
    }
}
