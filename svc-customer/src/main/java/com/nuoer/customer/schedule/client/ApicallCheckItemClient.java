package com.nuoer.customer.schedule.client;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.client.ShortTimeoutConfig;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** svc-apicall: apply a scheduled product state change (flow F11-3), idempotent on taskId. */
@FeignClient(name = "svc-apicall", contextId = "apicallCheckItemClient", path = "/internal/apicall/checkItem",
        configuration = ShortTimeoutConfig.class)
public interface ApicallCheckItemClient {

    /** The body svc-apicall receives: the task and the change it carries. */
    record ApplyState(Long taskId, String checkItem, Object toState, Integer noticeScope, Object noticeMethods,
                      Object noticeCustomers) {
    }

    @PostMapping("/applyState")
    ApiResponse<Object> applyState(@RequestBody ApplyState body);
}
