package com.nuoer.customer.entitlement.client;

import com.nuoer.common.web.ApiResponse;
import java.math.BigDecimal;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** svc-sales: the salesman's floor price of a product (null = the product's floorPrice). Short timeouts. */
@FeignClient(name = "svc-sales", contextId = "salesFloorPriceClient", path = "/internal/sales",
        configuration = ShortTimeoutConfig.class)
public interface SalesFloorPriceClient {

    @GetMapping("/salesman/{salesmanId}/floorPrice")
    ApiResponse<BigDecimal> floorPrice(@PathVariable("salesmanId") long salesmanId,
                                       @RequestParam("checkItem") String checkItem);
}
