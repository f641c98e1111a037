package com.nuoer.customer.org;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    /** The (oldest) organisation a beeback user owns, soft-deleted ones excluded. */
    Optional<Organization> findFirstByOwnerUserIdAndDeletedFalseOrderByIdAsc(Long ownerUserId);

    Optional<Organization> findByIdAndDeletedFalse(Long id);

    Optional<Organization> findByMerchantIdAndDeletedFalse(long merchantId);

    List<Organization> findByIdInAndDeletedFalse(Collection<Long> ids);

    /** Row lock for commands on one organisation (edit, delete, authentication). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.merchantId = :merchantId and o.deleted = false")
    Optional<Organization> lockByMerchantId(@Param("merchantId") long merchantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.id = :id")
    Optional<Organization> lockById(@Param("id") Long id);

    Optional<Organization> findFirstByMobileAndDeletedFalseOrderByIdAsc(String mobile);

    Optional<Organization> findFirstByEnterpriseNoAndDeletedFalseOrderByIdAsc(String enterpriseNo);
}
