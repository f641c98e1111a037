package com.nuoer.customer.iam;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<Staff> findByUserIdAndAppcode(Long userId, String appcode);

    @EntityGraph(attributePaths = "roles")
    @Query("select s from Staff s where s.id = :id")
    Optional<Staff> findWithRolesById(@Param("id") Long id);

    @EntityGraph(attributePaths = "roles")
    List<Staff> findByIdIn(Collection<Long> ids);

    long countByDepartmentIdAndState(Long departmentId, int state);
}
