package com.nuoer.apicall.projection;

import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import com.nuoer.common.web.ApiResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Read-through of the projections when an event was never seen (contracts-s2.md, svc-customer internal API).
 * Short timeouts (client config {@code customerProjectionClient}); callers treat any failure as "unknown".
 */
@FeignClient(name = "svc-customer", contextId = "customerProjectionClient", path = "/internal/customer")
public interface CustomerProjectionClient {

    @GetMapping("/dept/byAppId/{appId}")
    ApiResponse<DeptChanged> deptByAppId(@PathVariable("appId") String appId);

    @GetMapping("/deptItem/snapshots")
    ApiResponse<List<DeptItemChanged>> deptItemSnapshots(@RequestParam("deptId") Long deptId);
}
