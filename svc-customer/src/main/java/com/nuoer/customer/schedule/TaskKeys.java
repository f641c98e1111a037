package com.nuoer.customer.schedule;

/** The kinds of scheduled task (taskKey). */
public final class TaskKeys {

    /** A future price adjustment of deptItems (flow F10). */
    public static final String DEPT_ITEM_ADJUST = "DEPT_ITEM_ADJUST";
    /** A product state change at a future time (flow F11-3), applied by svc-apicall. */
    public static final String CHECK_ITEM_CHANGE = "CHECK_ITEM_CHANGE";

    private TaskKeys() {
    }
}
