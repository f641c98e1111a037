package com.nuoer.customer.entitlement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeptItemSourceConfigRepository extends JpaRepository<DeptItemSourceConfig, Long> {

    @Query("select c from DeptItemSourceConfig c where c.deptId = ?1 and c.checkItem = ?2 and c.deleted = false"
            + " order by c.priority, c.id")
    List<DeptItemSourceConfig> findCurrent(Long deptId, String checkItem);

    @Query("select c from DeptItemSourceConfig c where c.deptId = ?1 and c.checkItem = ?2 and c.sourceId = ?3"
            + " and c.deleted = false")
    Optional<DeptItemSourceConfig> findCurrent(Long deptId, String checkItem, Long sourceId);
}
