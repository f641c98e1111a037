package com.nuoer.apicall.forewarn;

import com.nuoer.apicall.forewarn.client.ForewarnContactClient;
import com.nuoer.apicall.forewarn.client.ForewarnContactClient.Contact;
import com.nuoer.common.feign.Remote;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Contacts of an organisation from svc-customer; empty Optional when svc-customer cannot answer now. */
@Component
public class ContactDirectory implements ContactLookup {

    private static final Logger log = LoggerFactory.getLogger(ContactDirectory.class);

    private final ForewarnContactClient client;

    public ContactDirectory(ForewarnContactClient client) {
        this.client = client;
    }

    @Override
    public Optional<List<Contact>> of(Long organizationId, List<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return Optional.of(List.of());
        }
        try {
            List<Contact> contacts = Remote.data("svc-customer", client.contacts(organizationId, ids));
            return Optional.of(contacts == null ? List.of() : contacts);
        } catch (RuntimeException e) {
            log.warn("contacts of organisation {} unavailable: {}", organizationId, e.toString());
            return Optional.empty();
        }
    }
}
