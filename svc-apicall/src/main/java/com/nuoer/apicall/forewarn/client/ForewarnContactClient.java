package com.nuoer.apicall.forewarn.client;

import com.nuoer.common.web.ApiResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * svc-customer's forewarn contacts ({@code GET /internal/customer/contacts?organizationId=&ids=}): the contacts among
 * {@code ids} that belong to {@code organizationId} (never another organisation's). Short timeouts (client config
 * {@code apicallContactClient}).
 */
@FeignClient(name = "svc-customer", contextId = "apicallContactClient", path = "/internal/customer")
public interface ForewarnContactClient {

    @GetMapping("/contacts")
    ApiResponse<List<Contact>> contacts(@RequestParam("organizationId") Long organizationId,
                                        @RequestParam(value = "ids", required = false) List<Long> ids);

    record Contact(Long id, Long organizationId, String linkman, String mobile, String email, String webhook,
                   Boolean isDefault) {
    }
}
