package com.nuoer.customer.schedule;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScheduleTaskRepository extends JpaRepository<ScheduleTask, Long> {

    /** The task of a svc-apicall product state change (CHECK_ITEM_CHANGE, taskDetail.changeId). */
    @Query(value = "select * from schedule_task where task_key = 'CHECK_ITEM_CHANGE'"
            + " and task_detail ->> 'changeId' = cast(:changeId as varchar) order by id limit 1", nativeQuery = true)
    Optional<ScheduleTask> findByStateChange(long changeId);
}
