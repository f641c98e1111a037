package com.nuoer.customer.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.feign.Remote;
import com.nuoer.customer.schedule.client.ApicallCheckItemClient;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * CHECK_ITEM_CHANGE: a future product state change ordered in svc-apicall (changeState with effectTime), which
 * registered it here so operators see, cancel and retry it with the other tasks. Running the task asks svc-apicall to
 * apply the change (idempotent on the change id); cancelling it cancels the change there first (refused when
 * svc-apicall cannot be reached, so a cancelled task never leaves a change behind).
 */
@Component
public class CheckItemChangeHandler implements TaskHandler {

    private final ApicallCheckItemClient apicall;

    public CheckItemChangeHandler(ApicallCheckItemClient apicall) {
        this.apicall = apicall;
    }

    @Override
    public String taskKey() {
        return TaskKeys.CHECK_ITEM_CHANGE;
    }

    @Override
    public void run(ScheduleTask task, LocalDateTime now) {
        try {
            Remote.data("svc-apicall", apicall.applyState(change(task)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("调用产品服务失败: " + e.getMessage(), e);
        }
    }

    @Override
    public void cancelled(ScheduleTask task, LocalDateTime now) {
        JsonNode d = task.getTaskDetail();
        if (d == null || !d.path("changeId").canConvertToLong()) {
            return; // a task without a change of svc-apicall behind it: nothing to cancel there
        }
        try {
            Remote.data("svc-apicall", apicall.cancelChange(change(task)));
        } catch (RuntimeException e) {
            throw new BizException(ErrorCode.CONFLICT, "产品服务暂时无法取消该状态变更，请稍后重试: " + e.getMessage());
        }
    }

    private static ApicallCheckItemClient.ScheduledChange change(ScheduleTask task) {
        JsonNode d = task.getTaskDetail();
        if (d == null || !d.path("changeId").canConvertToLong()) {
            throw new IllegalStateException("任务明细缺少产品状态变更id");
        }
        return new ApicallCheckItemClient.ScheduledChange(task.getId(), d.get("changeId").asLong());
    }
}
