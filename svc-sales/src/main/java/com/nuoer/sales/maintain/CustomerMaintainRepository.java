package com.nuoer.sales.maintain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CustomerMaintainRepository extends JpaRepository<CustomerMaintain, Long> {

    /** The customer's valid record, locked for the assignment change. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from CustomerMaintain m where m.customerId = ?1 and m.state = 1")
    Optional<CustomerMaintain> findValidForUpdate(long customerId);
}
