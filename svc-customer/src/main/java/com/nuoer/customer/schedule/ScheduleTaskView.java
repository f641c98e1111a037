package com.nuoer.customer.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;

/** The seed's schedule task row; {@code taskDetail} = adjustments (price tasks) or the product change. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ScheduleTaskView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                               String taskKey, String bizKey, Integer state, LocalDateTime scheduleTime,
                               Object taskDetail, LocalDateTime finishTime, String errorMsg, Long costMills,
                               Integer executeCount, String deptName) {

    ScheduleTaskView withDetail(Object detail) {
        return new ScheduleTaskView(id, createBy, createTime, modifyTime, taskKey, bizKey, state, scheduleTime, detail,
                finishTime, errorMsg, costMills, executeCount, deptName);
    }
}
