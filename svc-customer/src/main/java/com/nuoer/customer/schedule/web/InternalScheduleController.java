package com.nuoer.customer.schedule.web;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.schedule.ScheduleService;
import com.nuoer.customer.schedule.ScheduleService.StateChangeTask;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * svc-apicall registers its future product state changes here (F11-3) so that the one scheduler of the platform
 * runs them and operators see them in {@code schedule/changeCheckItemTaskList}. Not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/customer/schedule/checkItemChange")
public class InternalScheduleController {

    private final ScheduleService schedule;

    public InternalScheduleController(ScheduleService schedule) {
        this.schedule = schedule;
    }

    /** Answers the task id; the same change registered again answers the same task. */
    @PostMapping
    public ApiResponse<Long> register(@Valid @RequestBody StateChangeTask change) {
        return ApiResponse.ok(schedule.planStateChange(change).getId());
    }

    /** The change was superseded in svc-apicall: its task is cancelled (no call back). */
    @PostMapping("/cancel")
    public ApiResponse<Void> cancel(@RequestBody StateChangeTask change) {
        if (change.changeId() != null) {
            schedule.unscheduleStateChange(change.changeId());
        }
        return ApiResponse.ok();
    }
}
