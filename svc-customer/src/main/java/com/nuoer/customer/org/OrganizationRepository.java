package com.nuoer.customer.org;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    /** The (oldest) organisation a beeback user owns, soft-deleted ones excluded. */
    Optional<Organization> findFirstByOwnerUserIdAndDeletedFalseOrderByIdAsc(Long ownerUserId);
}
