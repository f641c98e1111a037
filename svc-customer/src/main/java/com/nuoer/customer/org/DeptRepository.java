package com.nuoer.customer.org;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeptRepository extends JpaRepository<Dept, Long> {

    Optional<Dept> findByOrganizationIdAndEnv(Long organizationId, String env);

    java.util.List<Dept> findByOrganizationIdOrderByIdAsc(Long organizationId);

    boolean existsByAppId(String appId);

    long countByOrganizationId(Long organizationId);
}
