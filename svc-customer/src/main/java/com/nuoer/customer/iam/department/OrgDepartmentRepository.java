package com.nuoer.customer.iam.department;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgDepartmentRepository extends JpaRepository<OrgDepartment, Long> {

    List<OrgDepartment> findByMerchantIdAndDeletedFalseOrderByIdAsc(long merchantId);

    boolean existsByPidAndDeletedFalse(long pid);
}
