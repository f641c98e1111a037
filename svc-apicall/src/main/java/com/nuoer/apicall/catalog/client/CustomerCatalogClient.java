package com.nuoer.apicall.catalog.client;

import com.nuoer.common.web.ApiResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Questions the catalogue asks svc-customer, which owns the entitlements (deptItem). Neither endpoint exists in
 * svc-customer yet (to be added there): callers go through {@link CustomerCatalog}, which turns an unreachable
 * service or a 404 into "unknown". Short timeouts (client config {@code customerCatalogClient}).
 */
@FeignClient(name = "svc-customer", contextId = "customerCatalogClient", path = "/internal/customer")
public interface CustomerCatalogClient {

    /** How many customers (developer accounts) hold the product (deptItem state 10 已开通). */
    @GetMapping("/checkItem/{checkItem}/openedCount")
    ApiResponse<Long> openedCount(@PathVariable("checkItem") String checkItem);

    /**
     * Registers a future product state change as a svc-customer schedule task (F11-3, the single scheduler of the
     * platform): idempotent on {@code changeId}; answers the task id.
     */
    @PostMapping("/schedule/checkItemChange")
    ApiResponse<Long> scheduleStateChange(@RequestBody ScheduledStateChange change);

    /** The change was superseded here: its task is cancelled there (no call back). */
    @PostMapping("/schedule/checkItemChange/cancel")
    ApiResponse<Void> cancelScheduledStateChange(@RequestBody ScheduledStateChange change);

    record ScheduledStateChange(Long changeId, String checkItem, Integer fromState, Integer toState,
                                java.time.LocalDateTime scheduleTime, String note) {
    }

    /** The product codes a developer account holds (any deptItem not deleted). */
    @GetMapping("/deptItem/checkItems")
    ApiResponse<List<String>> deptCheckItems(@RequestParam("deptId") Long deptId);
}
