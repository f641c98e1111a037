package com.nuoer.contract.contract;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DeptContractRepository extends JpaRepository<DeptContract, Long> {

    Optional<DeptContract> findByContractNo(String contractNo);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DeptContract c where c.contractNo = :contractNo")
    Optional<DeptContract> lockByContractNo(String contractNo);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DeptContract c where c.providerCode = :providerCode and c.flowId = :flowId")
    Optional<DeptContract> lockByFlow(String providerCode, String flowId);

    @Query("select c from DeptContract c where c.deptId = :deptId and c.seq = :seq and c.deleted = false")
    List<DeptContract> findLiveBySeq(Long deptId, int seq);

    @Query("select c from DeptContract c where c.deleted = false and c.expired = false and c.state in (80, 100)"
            + " and c.expireTime <= :now")
    List<DeptContract> findDueForExpiry(LocalDateTime now);

    @Query("select c from DeptContract c where c.deptId = :deptId and c.deleted = false")
    List<DeptContract> findLiveByDept(Long deptId);
}
