package com.nuoer.apicall.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

public interface BackTestBatchRepository extends JpaRepository<BackTestBatch, Long> {

    boolean existsByBackName(String backName);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<BackTestBatch> findByBackName(String backName);
}
