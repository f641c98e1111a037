package com.nuoer.portal.doc;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiCollectRepository extends JpaRepository<ApiCollect, Long> {

    Optional<ApiCollect> findByUserIdAndDeptIdAndCheckItem(Long userId, Long deptId, String checkItem);

    boolean existsByUserIdAndDeptIdAndCheckItem(Long userId, Long deptId, String checkItem);
}
