package com.nuoer.customer.schedule;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.common.error.BizException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

    /** A future product state change of svc-apicall, held here as a CHECK_ITEM_CHANGE task; idempotent on changeId. */
    public record StateChangeTask(@NotNull(message = "变更id不能为空") Long changeId,
                                  @NotBlank(message = "产品编码不能为空") String checkItem, Integer fromState,
                                  @NotNull(message = "目标状态不能为空") Integer toState,
                                  @NotNull(message = "执行时间不能为空") LocalDateTime scheduleTime, String note) {
    }

    @Transactional
    public ScheduleTask planStateChange(StateChangeTask change) {
        return tasks.findByStateChange(change.changeId()).orElseGet(() -> {
            ObjectNode detail = JsonNodeFactory.instance.objectNode()
                    .put("changeId", change.changeId())
                    .put("checkItem", change.checkItem())
                    .put("toState", change.toState())
                    .put("note", change.note());
            detail.put("fromState", change.fromState());
            return plan(TaskKeys.CHECK_ITEM_CHANGE, change.checkItem(), change.scheduleTime(), detail, null,
                    change.checkItem(), null);
        });
    }

    /** svc-apicall superseded the change: its task is cancelled without calling back. */
    @Transactional
    public void unscheduleStateChange(long changeId) {
        tasks.findByStateChange(changeId).ifPresent(task -> {
            if (task.cancel(LocalDateTime.now(clock))) {
                tasks.saveAndFlush(task);
            }
        });
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
