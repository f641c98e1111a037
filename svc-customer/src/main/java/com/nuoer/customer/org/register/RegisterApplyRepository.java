package com.nuoer.customer.org.register;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegisterApplyRepository extends JpaRepository<RegisterApply, Long> {

    /** The current (not outdated) row of an application number. */
    Optional<RegisterApply> findByApplyNoAndIsOutFalse(String applyNo);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from RegisterApply a where a.applyNo = :applyNo and a.isOut = false")
    Optional<RegisterApply> lockCurrent(@Param("applyNo") String applyNo);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from RegisterApply a where a.id = :id")
    Optional<RegisterApply> lockById(@Param("id") Long id);
}
