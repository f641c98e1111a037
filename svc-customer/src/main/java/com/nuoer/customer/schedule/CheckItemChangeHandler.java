package com.nuoer.customer.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.feign.Remote;
import com.nuoer.customer.schedule.client.ApicallCheckItemClient;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** CHECK_ITEM_CHANGE: asks svc-apicall to apply the product state change of the task (idempotent on taskId). */
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
        JsonNode d = task.getTaskDetail();
        if (d == null || d.path("checkItem").asText("").isEmpty()) {
            throw new IllegalStateException("任务明细缺少产品编码");
        }
        try {
            Remote.data("svc-apicall", apicall.applyState(new ApicallCheckItemClient.ApplyState(task.getId(),
                    d.path("checkItem").asText(), d.path("toState").isMissingNode() ? null : d.get("toState"),
                    d.path("noticeScope").isNumber() ? d.get("noticeScope").asInt() : null,
                    d.get("noticeMethods"), d.get("noticeCustomers"))));
        } catch (RuntimeException e) {
            throw new IllegalStateException("调用产品服务失败: " + e.getMessage(), e);
        }
    }
}
