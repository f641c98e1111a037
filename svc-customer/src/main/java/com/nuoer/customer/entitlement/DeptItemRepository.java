package com.nuoer.customer.entitlement;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DeptItemRepository extends JpaRepository<DeptItem, Long> {

    @Query("select d from DeptItem d where d.id = ?1 and d.deleted = false")
    Optional<DeptItem> findCurrent(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DeptItem d where d.id = ?1")
    Optional<DeptItem> lockById(Long id);

    @Query("select d from DeptItem d where d.deptId = ?1 and d.checkItem = ?2 and d.fusionDeptItemId is null"
            + " and d.deleted = false")
    Optional<DeptItem> findMain(Long deptId, String checkItem);

    @Query("select d from DeptItem d where d.fusionDeptItemId = ?1 and d.deleted = false order by d.id")
    List<DeptItem> findSubs(Long fusionDeptItemId);

    @Query("select d from DeptItem d where d.deptId = ?1 and d.checkItem = ?2 and d.deleted = false")
    List<DeptItem> findAllOf(Long deptId, String checkItem);

    @Query("select d from DeptItem d where d.deptId = ?1 and d.deleted = false order by d.id")
    List<DeptItem> findByDept(Long deptId);

    @Query("select d from DeptItem d where d.id in ?1")
    List<DeptItem> findAllByIds(Collection<Long> ids);

    @Query("select count(d) from DeptItem d where d.checkItem = ?1 and d.state = 10 and d.deleted = false")
    long countOpened(String checkItem);
}
