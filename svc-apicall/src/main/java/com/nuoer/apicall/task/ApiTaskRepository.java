package com.nuoer.apicall.task;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTaskRepository extends JpaRepository<ApiTask, Long> {

    Optional<ApiTask> findByIdAndDeptIdAndDeletedFalse(Long id, Long deptId);
}
