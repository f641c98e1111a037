package com.nuoer.apicall.forewarn;

import com.nuoer.apicall.catalog.client.CustomerCatalog;
import com.nuoer.apicall.forewarn.client.ForewarnContactClient.Contact;
import com.nuoer.apicall.forewarn.web.ForewarnDtos.ContactView;
import com.nuoer.apicall.forewarn.web.ForewarnDtos.ItemView;
import com.nuoer.common.session.SessionInfo;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alert rules of a developer account (beeback): configure (upsert per product), delete, list. Always scoped to the
 * caller's developer account ({@code session.deptId}) and organisation (contacts); another account's rules are
 * invisible (an unknown product code answers 404).
 */
@Service
public class ForewarnService {

    private final ForewarnItemRepository items;
    private final ContactDirectory contacts;
    private final CustomerCatalog customerCatalog;
    private final ForewarnEvaluator evaluator;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ForewarnService(ForewarnItemRepository items, ContactDirectory contacts, CustomerCatalog customerCatalog,
                           ForewarnEvaluator evaluator, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.items = items;
        this.contacts = contacts;
        this.customerCatalog = customerCatalog;
        this.evaluator = evaluator;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    private record Owner(long deptId, long organizationId, String deptName, Long userId) {
    }

    private static Owner owner(SessionInfo session) {
        if (session.deptId() == null || session.enterpriseId() == null) {
            throw ForewarnErrors.NO_DEVELOPER_ACCOUNT.exception();
        }
        return new Owner(session.deptId(), session.enterpriseId(), session.deptName(), session.userId());
    }

    /** 2.1.1: one rule per product (existing ones replaced); answers nothing. */
    public void configure(SessionInfo session, List<String> checkItemList, int periodSeconds, int errorCount,
                          List<Long> contactIds) {
        Owner owner = owner(session);
        Set<String> codes = new LinkedHashSet<>(checkItemList.stream().map(String::trim).toList());
        Map<String, String> names = itemNames(codes);
        for (String code : codes) {
            if (!names.containsKey(code)) {
                throw ForewarnErrors.UNKNOWN_PRODUCT.exception("产品不存在: " + code);
            }
        }
        customerCatalog.deptCheckItems(owner.deptId()).ifPresent(held -> {
            for (String code : codes) {
                if (!held.contains(code)) {
                    throw ForewarnErrors.PRODUCT_NOT_OPENED.exception("未开通该产品，不能配置预警: " + code);
                }
            }
        });
        List<Long> ids = contactIds.stream().distinct().toList();
        // svc-customer answers only the organisation's own contacts; when it cannot answer the ids are kept as given
        // (alerts resolve them again, within the organisation, when they fire)
        contacts.of(owner.organizationId(), ids).ifPresent(found -> {
            Set<Long> known = found.stream().map(Contact::id).collect(Collectors.toSet());
            List<Long> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw ForewarnErrors.UNKNOWN_CONTACT.exception("联系人不存在: " + unknown);
            }
        });
        tx.executeWithoutResult(status -> {
            LocalDateTime now = LocalDateTime.now(clock);
            for (String code : codes) {
                ForewarnItem item = items.findByDeptIdAndCheckItem(owner.deptId(), code)
                        .orElseGet(() -> ForewarnItem.create(owner.deptId(), owner.organizationId(), owner.deptName(),
                                code, owner.userId(), now));
                item.configure(periodSeconds, errorCount, ids, owner.deptName(), now);
                items.save(item);
            }
        });
        codes.forEach(code -> evaluator.forget(owner.deptId(), code));
    }

    /** 2.1.2: removes the rules of the given products; an unknown one refuses the whole request (404). */
    public void delete(SessionInfo session, List<String> checkItemList) {
        Owner owner = owner(session);
        Set<String> codes = new LinkedHashSet<>(checkItemList.stream().map(String::trim).toList());
        tx.executeWithoutResult(status -> {
            List<ForewarnItem> found = items.findByDeptIdAndCheckItemIn(owner.deptId(), codes);
            if (found.size() != codes.size()) {
                Set<String> have = found.stream().map(ForewarnItem::getCheckItem).collect(Collectors.toSet());
                String missing = codes.stream().filter(c -> !have.contains(c)).collect(Collectors.joining(","));
                throw ForewarnErrors.ITEM_NOT_FOUND.exception("预警配置不存在: " + missing);
            }
            items.deleteAll(found);
        });
        codes.forEach(code -> evaluator.forget(owner.deptId(), code));
    }

    /** 2.1.3: the account's rules with their contacts, or (queryForAdd) its products that have none yet. */
    public List<ItemView> list(SessionInfo session, boolean queryForAdd) {
        Owner owner = owner(session);
        List<ForewarnItem> rules = items.findByDeptIdOrderByCheckItem(owner.deptId());
        if (queryForAdd) {
            Set<String> configured = rules.stream().map(ForewarnItem::getCheckItem).collect(Collectors.toSet());
            List<String> held = customerCatalog.deptCheckItems(owner.deptId()).orElseGet(this::onShelf);
            Map<String, String> names = itemNames(held);
            return held.stream().distinct().filter(c -> !configured.contains(c) && names.containsKey(c)).sorted()
                    .map(c -> new ItemView(c, names.get(c), null, null, List.of())).toList();
        }
        Map<String, String> names = itemNames(rules.stream().map(ForewarnItem::getCheckItem).toList());
        List<Long> allIds = rules.stream().flatMap(r -> r.getContactIds().stream()).distinct().toList();
        Optional<Map<Long, Contact>> resolved = contacts.of(owner.organizationId(), allIds)
                .map(list -> list.stream().collect(Collectors.toMap(Contact::id, Function.identity(), (a, b) -> a)));
        List<ItemView> out = new ArrayList<>();
        for (ForewarnItem rule : rules) {
            List<ContactView> contactList = new ArrayList<>();
            for (Long id : rule.getContactIds()) {
                if (resolved.isEmpty()) {
                    contactList.add(ContactView.idOnly(id));
                } else if (resolved.get().containsKey(id)) {
                    contactList.add(ContactView.of(resolved.get().get(id)));
                }
                // a contact deleted at svc-customer meanwhile is left out
            }
            out.add(new ItemView(rule.getCheckItem(), names.getOrDefault(rule.getCheckItem(), rule.getCheckItem()),
                    rule.getPeriodSeconds(), rule.getErrorCount(), contactList));
        }
        return out;
    }

    private Map<String, String> itemNames(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query(
                "select check_item, item_name from check_item where not deleted and check_item in (:codes)",
                new MapSqlParameterSource("codes", codes),
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** Fallback when svc-customer cannot say which products the account holds: the products on the shelf. */
    private List<String> onShelf() {
        return jdbc.queryForList("""
                select check_item from check_item where not deleted and state = 10 and is_open = 1
                order by check_item""", String.class);
    }

}
