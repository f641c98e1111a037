package com.nuoer.customer.iam;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<Staff> findByUserIdAndAppcode(Long userId, String appcode);
}
