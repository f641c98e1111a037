package com.nuoer.apicall.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CheckItemRepository extends JpaRepository<CheckItem, Long> {

    Optional<CheckItem> findByCode(String code);

    List<CheckItem> findByCodeIn(Collection<String> codes);

    /** Codes of live fusion products that list {@code code} as a default sub-item. */
    @Query(value = """
            select p.check_item from check_item_sub_item s join check_item p on p.id = s.check_item_id
            where s.sub_item = :code and not p.deleted order by p.check_item""", nativeQuery = true)
    List<String> fusionParentsOf(String code);
}
