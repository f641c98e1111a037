package com.nuoer.customer.iam;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** With the enabled apps loaded, so the login rules can run outside a transaction. */
    @EntityGraph(attributePaths = "apps")
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = "apps")
    @Query("select u from UserAccount u where u.id = :id")
    Optional<UserAccount> findWithAppsById(@Param("id") Long id);

    /** Row lock for read-modify-write of the login counters (concurrent wrong passwords must all count). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.id = :id")
    Optional<UserAccount> findForUpdateById(@Param("id") Long id);
}
