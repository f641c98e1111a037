package com.nuoer.customer.entitlement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeptItemAdjustRepository extends JpaRepository<DeptItemAdjust, Long> {

    List<DeptItemAdjust> findByTaskIdOrderById(Long taskId);

    List<DeptItemAdjust> findByDeptItemIdAndStateIn(Long deptItemId, java.util.Collection<Integer> states);

    @Query("select a from DeptItemAdjust a where a.deptItemId = ?1 and a.state = 10 order by a.id")
    List<DeptItemAdjust> findAuditing(Long deptItemId);
}
