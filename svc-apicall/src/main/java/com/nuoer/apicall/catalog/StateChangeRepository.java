package com.nuoer.apicall.catalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StateChangeRepository extends JpaRepository<StateChange, Long> {

    @Query("select c from StateChange c where c.checkItem = :checkItem and c.status = 0")
    Optional<StateChange> findPending(String checkItem);

    @Query(value = "select id from check_item_state_change where status = 0 and effect_time <= :now order by effect_time, id limit 100",
            nativeQuery = true)
    List<Long> dueIds(LocalDateTime now);

    /** Claims a due change (0 → 10); 1 for exactly one caller however many run at once. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update check_item_state_change set status = 10 where id = :id and status = 0", nativeQuery = true)
    int claim(long id);
}
