package com.nuoer.customer.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due tasks exactly once even with several instances: each task is claimed (0 → 10) in its own short
 * transaction with {@code SELECT … FOR UPDATE SKIP LOCKED}, so two instances never claim the same row; the work and
 * the 20 已执行 mark commit together; a failure rolls the work back and marks the task -10 with the error.
 * Time comes from the injected {@link Clock} (tests move it).
 */
public class ScheduleExecutor {

    private static final Logger log = LoggerFactory.getLogger(ScheduleExecutor.class);
    private static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ScheduleTaskRepository tasks;
    private final Map<String, TaskHandler> handlers;
    private final Clock clock;

    public ScheduleExecutor(JdbcTemplate jdbc, TransactionTemplate tx, ScheduleTaskRepository tasks,
                            List<TaskHandler> handlers, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.tasks = tasks;
        this.handlers = handlers.stream().collect(Collectors.toMap(TaskHandler::taskKey, Function.identity()));
        this.clock = clock;
    }

    /** Runs every task due now; returns how many this instance executed (successfully or not). */
    public int runDue() {
        releaseInterrupted();
        int ran = 0;
        while (ran < 1000) {
            Long id = claim();
            if (id == null) {
                return ran;
            }
            execute(id);
            ran++;
        }
        return ran;
    }

    static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

    /**
     * A task claimed by an instance that stopped before finishing it (still 10 after {@link #STALE}) is marked
     * failed, so the operator sees it and may retry it; its work never committed (it commits with the 20 mark).
     */
    void releaseInterrupted() {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("update schedule_task set state = -10, error_msg = '执行中断(实例已停止)，可重试', modify_time = ?"
                + " where state = 10 and modify_time < ?", now, now.minus(STALE));
    }

    /** Claims one due task (0 → 10) or answers null when none is left for this instance. */
    Long claim() {
        LocalDateTime now = LocalDateTime.now(clock);
        return tx.execute(status -> {
            List<Long> ids = jdbc.queryForList("""
                    select id from schedule_task where state = 0 and schedule_time <= ?
                    order by schedule_time, id limit 1 for update skip locked""", Long.class, now);
            if (ids.isEmpty()) {
                return null;
            }
            ScheduleTask task = tasks.findById(ids.get(0)).orElseThrow();
            task.start(now);
            tasks.saveAndFlush(task);
            return task.getId();
        });
    }

    void execute(long id) {
        long started = System.nanoTime();
        try {
            tx.executeWithoutResult(status -> {
                ScheduleTask task = tasks.findById(id).orElseThrow();
                if (task.getState() != ScheduleTask.RUNNING) {
                    return;
                }
                TaskHandler handler = handlers.get(task.getTaskKey());
                if (handler == null) {
                    throw new IllegalStateException("未知的任务类型: " + task.getTaskKey());
                }
                LocalDateTime now = LocalDateTime.now(clock);
                handler.run(task, now);
                task.finish(LocalDateTime.now(clock), elapsed(started));
                tasks.saveAndFlush(task);
            });
        } catch (RuntimeException e) {
            log.warn("schedule task {} failed: {}", id, e.toString());
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            tx.executeWithoutResult(status -> tasks.findById(id).ifPresent(task -> {
                task.fail(message, LocalDateTime.now(clock), elapsed(started));
                tasks.saveAndFlush(task);
            }));
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
