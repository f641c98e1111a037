package com.nuoer.apicall.catalog;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.events.CheckItemChanged;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the product catalogue: add, edit, delete, default sub-items of fusion products, and their sync
 * twins (F16: the same command pushed by another environment, upserted by the product code). Every change publishes
 * {@code CheckItemChanged} in its transaction; a command that changes nothing publishes nothing.
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final CheckItemRepository items;
    private final CheckItemEvents events;
    private final Clock clock;

    public CatalogService(CheckItemRepository items, CheckItemEvents events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /**
     * 3.10.2 add. A code that exists is refused (40920) unless the request repeats its current attributes (an
     * idempotent success); a deleted code is revived with the new attributes.
     */
    private com.nuoer.common.audit.AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    void setAuditTrail(com.nuoer.common.audit.AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public CheckItem add(String code, CheckItemSpec spec, Long operator) {
        CheckItemSpec s = spec.validated();
        var existing = items.findByCode(code);
        if (existing.isPresent() && !existing.get().isDeleted()) {
            if (existing.get().matches(s)) {
                return existing.get();
            }
            throw CatalogErrors.CHECK_ITEM_EXISTS.exception("产品编码已存在: " + code);
        }
        return upsert(code, s, operator);
    }

    /** 3.10.4 syncAdd: create or overwrite by code (the other environment is the source of truth for it). */
    @Transactional
    public CheckItem syncAdd(String code, CheckItemSpec spec) {
        CheckItem item = upsert(code, spec.validated(), null);
        log.info("syncAdd {} applied (version {})", code, item.getVersion());
        return item;
    }

    private CheckItem upsert(String code, CheckItemSpec s, Long operator) {
        LocalDateTime now = LocalDateTime.now(clock);
        var existing = items.findByCode(code);
        CheckItem item;
        CheckItemChanged auditBefore = null;
        if (existing.isEmpty()) {
            item = items.save(CheckItem.create(code, s, operator, now));
        } else {
            item = existing.get();
            checkCanBecomeFusion(item, s);
            CheckItemChanged before = item.snapshot();
            auditBefore = before;
            if (item.isDeleted()) {
                item.revive(s, now);
            } else {
                item.apply(s, now);
            }
            if (before.equals(item.snapshot()) && !item.isDeleted()) {
                return item;
            }
        }
        events.changed(item);
        audit.record(auditBefore == null ? "product.create" : "product.edit", "checkItem", code, auditBefore,
                item.snapshot());
        return item;
    }

    /** 3.10.5 edit by id or code (「id、itemCode二选一」). */
    @Transactional
    public CheckItem edit(Long id, String code, CheckItemSpec spec) {
        CheckItemSpec s = spec.validated();
        CheckItem item = find(id, code);
        checkCanBecomeFusion(item, s);
        CheckItemChanged before = item.snapshot();
        item.apply(s, LocalDateTime.now(clock));
        if (!before.equals(item.snapshot())) {
            events.changed(item);
            audit.record("product.edit", "checkItem", item.getCode(), before, item.snapshot());
        }
        return item;
    }

    /** 3.10.6 syncEdit: edit by code; a code unknown here is created (upsert; itemName required then). */
    @Transactional
    public CheckItem syncEdit(Long id, String code, CheckItemSpec spec) {
        if (code == null || code.isBlank()) {
            return edit(id, null, spec);
        }
        CheckItem item = upsert(code.trim(), spec.validated(), null);
        log.info("syncEdit {} applied (version {})", code, item.getVersion());
        return item;
    }

    /**
     * 3.10.3 delete (soft). Deleting a deleted product again succeeds (idempotent); an unknown id is 404; a product on
     * the shelf or listed as a default sub-item of a fusion product is refused.
     */
    @Transactional
    public CheckItem delete(Long id) {
        CheckItem item = items.findById(id).orElseThrow(() -> BizException.notFound("产品"));
        if (item.isDeleted()) {
            return item;
        }
        List<String> parents = items.fusionParentsOf(item.getCode());
        if (!parents.isEmpty()) {
            throw CatalogErrors.USED_AS_SUB_ITEM.exception("该产品是聚合产品 " + String.join(",", parents)
                    + " 的默认子项，不能删除");
        }
        item.delete(LocalDateTime.now(clock));
        events.changed(item);
        return item;
    }

    /**
     * 3.10.7 / 3.10.8 saveDefaultSubItems: replaces the default sub-items of a fusion product. Every sub-item must be
     * an existing product (404 otherwise) and not a fusion product itself (40922); duplicates are dropped, the order
     * kept. An empty list clears them.
     */
    @Transactional
    public CheckItem saveDefaultSubItems(String code, List<String> subItems) {
        CheckItem item = find(null, code);
        if (!item.isFusion()) {
            throw CatalogErrors.NOT_FUSION.exception();
        }
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(subItems.stream()
                .map(c -> c == null ? "" : c.trim()).toList()));
        if (codes.contains("")) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "subItems: 子项编码不能为空");
        }
        Map<String, CheckItem> found = items.findByCodeIn(codes).stream().filter(i -> !i.isDeleted())
                .collect(Collectors.toMap(CheckItem::getCode, Function.identity()));
        List<String> missing = codes.stream().filter(c -> !found.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BizException(ErrorCode.NOT_FOUND, "子项产品不存在: " + String.join(",", missing));
        }
        List<String> fusions = codes.stream().filter(c -> found.get(c).isFusion()).toList();
        if (!fusions.isEmpty()) {
            throw CatalogErrors.SUB_ITEM_IS_FUSION.exception("聚合产品不能作为子项: " + String.join(",", fusions));
        }
        CheckItemChanged before = item.snapshot();
        item.replaceSubItems(codes, LocalDateTime.now(clock));
        if (!before.equals(item.snapshot())) {
            events.changed(item);
        }
        return item;
    }

    @Transactional(readOnly = true)
    public CheckItem find(Long id, String code) {
        if (id == null && (code == null || code.isBlank())) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "id、itemCode 必须传其一");
        }
        var item = id != null ? items.findById(id) : items.findByCode(code.trim());
        return item.filter(i -> !i.isDeleted()).orElseThrow(() -> BizException.notFound("产品"));
    }

    /** Fusion products cannot nest: a product listed as someone's sub-item cannot become a fusion product. */
    private void checkCanBecomeFusion(CheckItem item, CheckItemSpec s) {
        if (Boolean.TRUE.equals(s.isFusion()) && !item.isFusion()) {
            List<String> parents = items.fusionParentsOf(item.getCode());
            if (!parents.isEmpty()) {
                throw CatalogErrors.USED_AS_SUB_ITEM.exception("该产品是聚合产品 " + String.join(",", parents)
                        + " 的默认子项，不能改为聚合产品");
            }
        }
    }
}
