package com.nuoer.customer.notify;

import com.nuoer.common.error.BizException;
import com.nuoer.common.session.SessionInfo;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert contact book of an organisation. beeback callers see and change only their own organisation's
 * contacts (an id of another organisation answers like an unknown id); other services read contacts by id through
 * the internal API, always within one organisation.
 */
@Service
public class ContactService {

    private final ForewarnContactRepository contacts;
    private final Clock clock;

    public ContactService(ForewarnContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    public record ContactDraft(Long id, String linkman, String mobile, String email, String webhook,
                               Boolean isDefault) {
    }

    @Transactional(readOnly = true)
    public List<ForewarnContact> list(SessionInfo caller) {
        return contacts.findByOrganizationIdAndDeletedFalseOrderByIdAsc(organizationOf(caller));
    }

    /** addContacts: a new contact, or the given one of the caller's organisation updated. */
    @Transactional
    public ForewarnContact save(SessionInfo caller, ContactDraft draft) {
        Long org = organizationOf(caller);
        LocalDateTime now = LocalDateTime.now(clock);
        ForewarnContact contact = draft.id() == null
                ? ForewarnContact.create(org, caller.userId(), now)
                : own(org, draft.id()).filter(c -> !c.isDeleted())
                        .orElseThrow(() -> BizException.notFound("联系人"));
        boolean isDefault = Boolean.TRUE.equals(draft.isDefault());
        contact.update(draft.linkman(), draft.mobile(), draft.email(), draft.webhook(), isDefault, now);
        if (isDefault) {
            contacts.findByOrganizationIdAndDeletedFalseOrderByIdAsc(org).stream()
                    .filter(c -> !c.getId().equals(contact.getId()))
                    .forEach(c -> c.clearDefault(now));
        }
        return contacts.save(contact);
    }

    /** deleteContacts: soft delete; deleting an already deleted contact of the caller's organisation is a no-op. */
    @Transactional
    public void delete(SessionInfo caller, Long id) {
        ForewarnContact contact = own(organizationOf(caller), id).orElseThrow(() -> BizException.notFound("联系人"));
        contact.delete(LocalDateTime.now(clock));
    }

    /** Internal API: the contacts among {@code ids} that belong to {@code organizationId}. */
    @Transactional(readOnly = true)
    public List<ForewarnContact> ofOrganization(Long organizationId, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return contacts.findByOrganizationIdAndDeletedFalseOrderByIdAsc(organizationId);
        }
        return contacts.findByOrganizationIdAndIdInAndDeletedFalseOrderByIdAsc(organizationId, ids);
    }

    private Optional<ForewarnContact> own(Long organizationId, Long id) {
        return contacts.findById(id).filter(c -> c.getOrganizationId().equals(organizationId));
    }

    private static Long organizationOf(SessionInfo caller) {
        if (caller.enterpriseId() == null) {
            throw BizException.notFound("企业");
        }
        return caller.enterpriseId();
    }
}
