package com.nuoer.customer.org.auth;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuthRecordRepository extends JpaRepository<AuthRecord, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AuthRecord r where r.id = :id")
    Optional<AuthRecord> lockById(@Param("id") Long id);

    /** The records of the given users, newest first (the ORG DTO shows the latest as {@code authRecord}). */
    List<AuthRecord> findByOrganizationIdInOrderByIdDesc(Collection<Long> organizationIds);
}
