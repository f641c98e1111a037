package com.nuoer.customer.schedule;

import com.nuoer.common.error.BizException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operator commands on scheduled tasks: cancel (0/-10 → -1, adjustments -1) and retry (-10 → 0). */
@Service
public class ScheduleService {

    private final ScheduleTaskRepository tasks;
    private final Map<String, TaskHandler> handlers;
    private final Clock clock;

    public ScheduleService(ScheduleTaskRepository tasks, List<TaskHandler> handlers, Clock clock) {
        this.tasks = tasks;
        this.handlers = handlers.stream().collect(Collectors.toMap(TaskHandler::taskKey, Function.identity()));
        this.clock = clock;
    }

    @Transactional
    public ScheduleTask plan(String taskKey, String bizKey, LocalDateTime at, com.fasterxml.jackson.databind.JsonNode detail,
                             Long deptId, String checkItem, Long createBy) {
        return tasks.saveAndFlush(ScheduleTask.plan(taskKey, bizKey, at, detail, deptId, checkItem, createBy,
                LocalDateTime.now(clock)));
    }

    @Transactional
    public void cancel(long id) {
        ScheduleTask task = tasks.findById(id).orElseThrow(() -> BizException.notFound("任务"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (task.cancel(now)) {
            TaskHandler handler = handlers.get(task.getTaskKey());
            if (handler != null) {
                handler.cancelled(task, now);
            }
            tasks.saveAndFlush(task);
        }
    }

    @Transactional
    public void retry(long id) {
        ScheduleTask task = tasks.findById(id).orElseThrow(() -> BizException.notFound("任务"));
        if (task.retry(LocalDateTime.now(clock))) {
            tasks.saveAndFlush(task);
        }
    }
}
