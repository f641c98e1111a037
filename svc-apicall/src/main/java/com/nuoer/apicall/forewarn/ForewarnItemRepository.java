package com.nuoer.apicall.forewarn;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ForewarnItemRepository extends JpaRepository<ForewarnItem, Long> {

    Optional<ForewarnItem> findByDeptIdAndCheckItem(Long deptId, String checkItem);

    List<ForewarnItem> findByDeptIdOrderByCheckItem(Long deptId);

    List<ForewarnItem> findByDeptIdAndCheckItemIn(Long deptId, Collection<String> checkItems);
}
