package com.nuoer.wallet.wallet;

import com.nuoer.common.feign.Remote;
import com.nuoer.wallet.client.CustomerContactClient;
import com.nuoer.wallet.client.CustomerContactClient.Contact;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Contacts of an organisation from svc-customer; empty Optional when svc-customer cannot answer now. */
@Component
public class ContactDirectory {

    private static final Logger log = LoggerFactory.getLogger(ContactDirectory.class);

    private final CustomerContactClient client;

    public ContactDirectory(CustomerContactClient client) {
        this.client = client;
    }

    public Optional<List<Contact>> of(Long organizationId, List<Long> ids) {
        try {
            List<Contact> contacts = Remote.data("svc-customer",
                    client.contacts(organizationId, ids == null || ids.isEmpty() ? null : ids));
            return Optional.of(contacts == null ? List.of() : contacts);
        } catch (RuntimeException e) {
            log.warn("contacts of organisation {} unavailable: {}", organizationId, e.toString());
            return Optional.empty();
        }
    }
}
