package com.nuoer.customer.schedule.client;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.client.ShortTimeoutConfig;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** svc-apicall: apply or cancel the pending product state change a task holds (flow F11-3), by change id. */
@FeignClient(name = "svc-apicall", contextId = "apicallCheckItemClient", path = "/internal/apicall/checkItem",
        configuration = ShortTimeoutConfig.class)
public interface ApicallCheckItemClient {

    /** The body svc-apicall receives: the task and the change it carries. */
    record ScheduledChange(Long taskId, Long changeId) {
    }

    @PostMapping("/applyState")
    ApiResponse<Object> applyState(@RequestBody ScheduledChange body);

    @PostMapping("/cancelChange")
    ApiResponse<Object> cancelChange(@RequestBody ScheduledChange body);
}
