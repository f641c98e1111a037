package com.nuoer.apicall.forewarn;

import com.nuoer.apicall.forewarn.client.ForewarnContactClient.Contact;
import java.util.List;
import java.util.Optional;

/** Resolves contact ids of an organisation; empty when the owner of the contacts cannot answer now. */
@FunctionalInterface
public interface ContactLookup {

    Optional<List<Contact>> of(Long organizationId, List<Long> ids);
}
