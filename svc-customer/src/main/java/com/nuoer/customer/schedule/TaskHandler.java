package com.nuoer.customer.schedule;

import java.time.LocalDateTime;

/** Runs the tasks of one taskKey. {@link #run} executes inside the transaction that marks the task 已执行. */
public interface TaskHandler {

    String taskKey();

    /** Does the work; an exception fails the task (-10) with its message and rolls the work back. */
    void run(ScheduleTask task, LocalDateTime now);

    /** The task was cancelled (inside the cancel transaction). */
    default void cancelled(ScheduleTask task, LocalDateTime now) {
    }
}
