package com.nuoer.wallet.client;

import com.nuoer.common.web.ApiResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * svc-customer's forewarn contacts ({@code InternalContactController}): the contacts among {@code ids} (all of the
 * organisation's when absent) that belong to {@code organizationId}. Short timeouts (client config
 * {@code walletContactClient}): a slow svc-customer never holds a wallet change.
 */
@FeignClient(name = "svc-customer", contextId = "walletContactClient", path = "/internal/customer")
public interface CustomerContactClient {

    @GetMapping("/contacts")
    ApiResponse<List<Contact>> contacts(@RequestParam("organizationId") Long organizationId,
                                        @RequestParam(value = "ids", required = false) List<Long> ids);

    record Contact(Long id, Long organizationId, String linkman, String mobile, String email, String webhook,
                   Boolean isDefault) {
    }
}
