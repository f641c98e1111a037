package com.nuoer.apicall.catalog.client;

import com.nuoer.common.web.ApiResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    /** The product codes a developer account holds (any deptItem not deleted). */
    @GetMapping("/deptItem/checkItems")
    ApiResponse<List<String>> deptCheckItems(@RequestParam("deptId") Long deptId);
}
