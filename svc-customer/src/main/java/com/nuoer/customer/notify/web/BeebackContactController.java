package com.nuoer.customer.notify.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.notify.ContactService;
import com.nuoer.customer.notify.web.NotifyDtos.ContactRequest;
import com.nuoer.customer.notify.web.NotifyDtos.ContactView;
import com.nuoer.customer.notify.web.NotifyDtos.DeleteContactRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/beeback/forewarn/*Contacts: the alert contacts of the caller's organisation. */
@RestController
@RequestMapping("/mt/beeback/forewarn")
public class BeebackContactController {

    private final ContactService contacts;

    public BeebackContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    /** 2.1.4 查询所有预警联系人 */
    @GetMapping("/queryAllContacts")
    public ApiResponse<List<ContactView>> queryAllContacts() {
        return ApiResponse.ok(contacts.list(SessionContext.require()).stream().map(ContactView::of).toList());
    }

    /** 2.1.5 新增联系人 */
    @PostMapping("/addContacts")
    public ApiResponse<ContactView> addContacts(@Valid @RequestBody ContactRequest request) {
        return ApiResponse.ok(ContactView.of(contacts.save(SessionContext.require(), request.draft())));
    }

    /** 2.1.6 删除联系人 */
    @PostMapping("/deleteContacts")
    public ApiResponse<Void> deleteContacts(@Valid @RequestBody DeleteContactRequest request) {
        contacts.delete(SessionContext.require(), request.id());
        return ApiResponse.ok();
    }
}
