package com.nuoer.customer.entitlement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpreaderRoyaltyConfigRepository extends JpaRepository<SpreaderRoyaltyConfig, Long> {

    Optional<SpreaderRoyaltyConfig> findByDeptItemIdAndSpreaderId(Long deptItemId, Long spreaderId);

    List<SpreaderRoyaltyConfig> findByDeptItemIdOrderById(Long deptItemId);
}
