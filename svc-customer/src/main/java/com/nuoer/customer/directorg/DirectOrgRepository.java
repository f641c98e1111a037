package com.nuoer.customer.directorg;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectOrgRepository extends JpaRepository<DirectOrg, Long> {

    Optional<DirectOrg> findByOrgCode(String orgCode);
}
