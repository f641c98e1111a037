package com.nuoer.customer.notify.web;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.notify.ContactService;
import com.nuoer.customer.notify.web.NotifyDtos.InternalContactView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/customer/contacts?organizationId=&ids=} for svc-wallet / svc-apicall alerts: the contacts among
 * {@code ids} (all of them when absent) that belong to {@code organizationId} — never another organisation's.
 * Not routed by the gateway; needs a signed (service or user) identity.
 */
@RestController
@RequestMapping("/internal/customer")
public class InternalContactController {

    private final ContactService contacts;

    public InternalContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/contacts")
    public ApiResponse<List<InternalContactView>> contacts(@RequestParam Long organizationId,
                                                           @RequestParam(required = false) List<Long> ids) {
        return ApiResponse.ok(contacts.ofOrganization(organizationId, ids).stream()
                .map(InternalContactView::of).toList());
    }
}
